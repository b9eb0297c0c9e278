#!/usr/bin/env node
// npm run stack:prod — the production shape on one machine, without Docker (README, "Topology"):
//   nginx :9000 → Medusa servers :9001 :9002 (MEDUSA_WORKER_MODE=server, stateless)
//   Medusa worker :9003 (MEDUSA_WORKER_MODE=worker: subscribers, scheduled jobs, indexing)
//   nginx :8000 → storefronts :8001 :8002 (production builds)
//   the machine's PostgreSQL (DATABASE_URL) and Redis (REDIS_URL): event bus, workflow engine,
//   locking and Medusa's cache, shared by every process
// Search: MiniSearch by default, Meilisearch when MEILISEARCH_HOST is set.
// Options: --no-build reuses the last builds. Stop with Ctrl+C.
import { existsSync, mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ADMIN, prepareBackend } from "./lib/backend.mjs"
import { BACKEND, ROOT, STOREFRONT } from "./lib/paths.mjs"
import { assertNothingAnswers, run, shutdown, startService, waitForUrl } from "./lib/processes.mjs"
import { TOPOLOGY, nginxConfig } from "./lib/topology.mjs"

const build = !process.argv.includes("--no-build")

try {
  process.env.DATABASE_URL ||= "postgres://postgres@localhost:5432/ocop_prod"
  process.env.REDIS_URL ||= "redis://127.0.0.1:6379/3"
  for (const url of [TOPOLOGY.backend.url, TOPOLOGY.storefront.url, ...TOPOLOGY.backend.servers.map((s) => s.url)]) {
    await assertNothingAnswers(`${url}/health`)
  }
  // the production build runs over plain http on localhost
  process.env.SESSION_COOKIE_INSECURE = "true"
  process.env.MEDUSA_FF_CACHING = "true"
  process.env.MEDUSA_BACKEND_URL = TOPOLOGY.backend.url
  process.env.STOREFRONT_URL = TOPOLOGY.storefront.url

  const backend = await prepareBackend({ databaseName: "ocop_prod", createAdmin: true })
  const storefrontEnv = {
    ...process.env,
    NODE_ENV: "production",
    MEDUSA_BACKEND_URL: TOPOLOGY.backend.url,
    MEDUSA_PUBLISHABLE_KEY: backend.publishableKey,
    REVALIDATE_SECRET: backend.env.REVALIDATE_SECRET,
    STOREFRONT_URL: TOPOLOGY.storefront.url,
    NEXT_TELEMETRY_DISABLED: "1",
  }
  if (build) {
    console.log("• Building backend and storefront for production…")
    await Promise.all([backend.medusa(["build"]), run("npm", ["run", "build"], { cwd: STOREFRONT, env: storefrontEnv })])
  }

  const built = path.join(BACKEND, ".medusa", "server")
  for (const process_ of [...TOPOLOGY.backend.servers, TOPOLOGY.backend.worker]) {
    startService(process_.name, "npx", ["medusa", "start", "-p", String(process_.port)], {
      cwd: built,
      env: { ...backend.env, MEDUSA_WORKER_MODE: process_.mode, OCOP_INSTANCE: process_.name },
    })
  }
  await Promise.all([...TOPOLOGY.backend.servers, TOPOLOGY.backend.worker].map((s) => waitForUrl(`${s.url}/health`)))

  // the storefront's own start script fixes port 8000; each instance here gets its own
  const resolutionHook = path.join(STOREFRONT, "react-resolution.cjs")
  const nodeOptions = existsSync(resolutionHook)
    ? `--require ${resolutionHook} ${process.env.NODE_OPTIONS ?? ""}`
    : process.env.NODE_OPTIONS
  for (const instance of TOPOLOGY.storefront.instances) {
    startService(instance.name, "npx", ["next", "start", "-p", String(instance.port)], {
      cwd: STOREFRONT,
      env: { ...storefrontEnv, OCOP_INSTANCE: instance.name, ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) },
    })
  }
  await Promise.all(TOPOLOGY.storefront.instances.map((s) => waitForUrl(`${s.url}/vi`)))

  const nginxDir = path.join(ROOT, ".data", "stack-prod")
  for (const dir of ["logs", "tmp"]) mkdirSync(path.join(nginxDir, dir), { recursive: true })
  writeFileSync(path.join(nginxDir, "nginx.conf"), nginxConfig(nginxDir))
  startService("nginx", "nginx", ["-p", nginxDir, "-c", path.join(nginxDir, "nginx.conf"), "-g", "daemon off;"])
  await Promise.all([waitForUrl(`${TOPOLOGY.backend.url}/health`), waitForUrl(`${TOPOLOGY.storefront.url}/vi`)])

  console.log(`
  OCOP Market (production shape) is running
    Storefront   ${TOPOLOGY.storefront.url}/vi   (nginx → ${TOPOLOGY.storefront.instances.map((s) => s.port).join(", ")})
    Store API    ${TOPOLOGY.backend.url}/store/ocop/products   (nginx → ${TOPOLOGY.backend.servers.map((s) => s.port).join(", ")}; header X-Ocop-Instance names the server)
    Admin        ${TOPOLOGY.backend.url}/app   login ${ADMIN.email} / ${ADMIN.password}
    Worker       ${TOPOLOGY.backend.worker.url}/health   (subscribers, scheduled jobs)
    Database     ${backend.database.url}
    Redis        ${process.env.REDIS_URL}
  Stop with Ctrl+C.
`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await shutdown(1)
}
