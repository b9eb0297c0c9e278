#!/usr/bin/env node
// Brings up the whole stack on one machine.
//   node scripts/stack.mjs         development: database (embedded unless DATABASE_URL), migrations,
//                                  seed once, admin user, `medusa develop` :9000 and `next dev` :8000
//   node scripts/stack.mjs --e2e   tests: a fresh database, migrations, seed, production builds of
//                                  backend and storefront (what Playwright's webServer starts)
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ADMIN, BACKEND_URL, prepareBackend, startBackend } from "./lib/backend.mjs"
import { ROOT, STOREFRONT } from "./lib/paths.mjs"
import { assertNothingAnswers, run, shutdown, startService, waitForUrl } from "./lib/processes.mjs"

const e2e = process.argv.includes("--e2e")
const STOREFRONT_URL = "http://localhost:8000"

try {
  await assertNothingAnswers(`${STOREFRONT_URL}/vi`)
  if (e2e) {
    // the production build runs over plain http on localhost
    process.env.SESSION_COOKIE_INSECURE = "true"
  }
  const backend = await prepareBackend({
    databaseName: e2e ? "ocop_e2e" : "ocop",
    fresh: e2e,
    // end-to-end tests drive the OCOP office's admin too
    createAdmin: true,
  })
  mkdirSync(path.join(ROOT, ".data"), { recursive: true })
  writeFileSync(path.join(ROOT, ".data", "publishable-key.txt"), `${backend.publishableKey}\n`)
  const storefrontEnv = {
    ...process.env,
    MEDUSA_BACKEND_URL: BACKEND_URL,
    MEDUSA_PUBLISHABLE_KEY: backend.publishableKey,
    REVALIDATE_SECRET: backend.env.REVALIDATE_SECRET,
    STOREFRONT_URL,
    NEXT_TELEMETRY_DISABLED: "1",
  }

  if (e2e) {
    console.log("• Building backend and storefront for production…")
    await Promise.all([
      startBackend(backend, { built: true }),
      run("npm", ["run", "build"], { cwd: STOREFRONT, env: { ...storefrontEnv, NODE_ENV: "production" } }),
    ])
    startService("storefront", "npm", ["run", "start"], { cwd: STOREFRONT, env: { ...storefrontEnv, NODE_ENV: "production" } })
  } else {
    await startBackend(backend, { built: false })
    startService("storefront", "npm", ["run", "dev"], { cwd: STOREFRONT, env: storefrontEnv })
  }
  await waitForUrl(`${STOREFRONT_URL}/vi`)

  console.log(`
  OCOP Market is running
    Storefront   ${STOREFRONT_URL}/vi
    Admin        ${BACKEND_URL}/app   login ${ADMIN.email} / ${ADMIN.password}
    Store API    ${BACKEND_URL}/store/ocop/products   (header x-publishable-api-key: ${backend.publishableKey})
    Database     ${backend.database.url}
  Stop with Ctrl+C.
`)
} catch (error) {
  console.error(error.message)
  await shutdown(1)
}
