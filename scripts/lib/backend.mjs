// Preparing and starting the Medusa backend, shared by dev, e2e and bench.
import path from "node:path"
import { ensureDatabase, publishableKey } from "./database.mjs"
import { BACKEND, ROOT } from "./paths.mjs"
import { assertNothingAnswers, onShutdown, run, startService, waitForUrl } from "./processes.mjs"
import { localSecrets } from "./secrets.mjs"

export const BACKEND_URL = "http://localhost:9000"
export const ADMIN = {
  email: process.env.ADMIN_EMAIL || "admin@ocop.local",
  password: process.env.ADMIN_PASSWORD || "ocop-admin-2026",
}

/** Without SMTP_URL the production build refuses to start; a local stack keeps its e-mails as files here. */
export function localEmailOutbox() {
  return process.env.EMAIL_OUTBOX_DIR || path.join(ROOT, ".data", "outbox")
}

/** Database, migrations and the demo seed; returns what starting the backend and storefront needs. */
export async function prepareBackend({ databaseName, fresh = false, disableAdmin = false, createAdmin = false }) {
  const database = await ensureDatabase(databaseName, { fresh })
  onShutdown(database.stop)
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    MEDUSA_DISABLE_TELEMETRY: "true",
    STOREFRONT_URL: process.env.STOREFRONT_URL || "http://localhost:8000",
    // JWT_SECRET, COOKIE_SECRET, REVALIDATE_SECRET: the production build refuses to start without them
    ...localSecrets(),
    EMAIL_OUTBOX_DIR: localEmailOutbox(),
    ...(disableAdmin ? { DISABLE_ADMIN: "true" } : {}),
  }
  const medusa = (args, extra = {}) => run("npx", ["medusa", ...args], { cwd: BACKEND, env, ...extra })
  // the seed needs no storefront to revalidate: it is not running yet
  const { STOREFRONT_URL: _unused, ...seedEnv } = env
  console.log("• Migrating the database…")
  await medusa(["db:migrate"])
  console.log("• Seeding the demo catalogue (once)…")
  await medusa(["exec", "./src/scripts/seed.ts"], { env: seedEnv })
  if (createAdmin) {
    // fails harmlessly when the user exists from an earlier run
    await medusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], { stdio: "ignore" }).catch(() => {})
    // OCOP office routes refuse an account without a scope: the bootstrap admin is the national office
    await medusa(["exec", "./src/scripts/grant-national-scope.ts", ADMIN.email])
  }
  return { database, env, medusa, publishableKey: await publishableKey(database.url) }
}

/** `medusa start` on the production build, or `medusa develop` with reload. */
export async function startBackend({ env, medusa }, { built }) {
  await assertNothingAnswers(`${BACKEND_URL}/health`)
  if (built) {
    await medusa(["build"])
    startService("backend", "npx", ["medusa", "start"], { cwd: path.join(BACKEND, ".medusa", "server"), env })
  } else {
    startService("backend", "npx", ["medusa", "develop"], { cwd: BACKEND, env })
  }
  await waitForUrl(`${BACKEND_URL}/health`)
}
