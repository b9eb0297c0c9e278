// Starting the production shape (scripts/lib/topology.mjs) on one machine: shared by
// npm run stack:prod and the fault suite (npm run test:faults), which also stops and restarts its parts.
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { prepareBackend } from "./backend.mjs"
import { BACKEND, ROOT, STOREFRONT } from "./paths.mjs"
import { assertNothingAnswers, run, startService, waitForUrl } from "./processes.mjs"
import { TOPOLOGY, nginxConfig } from "./topology.mjs"

/**
 * Database, migrations, demo seed, builds (unless `build` is false), then two servers, a worker,
 * nginx and two storefronts. Returns how to reach and restart each process.
 */
export async function startProductionStack({ databaseName = "ocop_prod", fresh = false, build = true } = {}) {
  process.env.DATABASE_URL ||= `postgres://postgres@localhost:5432/${databaseName}`
  process.env.REDIS_URL ||= "redis://127.0.0.1:6379/3"
  process.env.NEXT_CACHE_REDIS_URL ||= process.env.REDIS_URL
  for (const url of [TOPOLOGY.backend.url, TOPOLOGY.storefront.url, ...TOPOLOGY.backend.servers.map((s) => s.url)]) {
    await assertNothingAnswers(`${url}/health`)
  }
  // the production build runs over plain http on localhost
  process.env.SESSION_COOKIE_INSECURE = "true"
  process.env.MEDUSA_FF_CACHING = "true"
  process.env.MEDUSA_BACKEND_URL = TOPOLOGY.backend.url
  process.env.STOREFRONT_URL = TOPOLOGY.storefront.url

  const backend = await prepareBackend({ databaseName, fresh, createAdmin: true })
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

  const startBackendProcess = (process_) =>
    startService(process_.name, "npx", ["medusa", "start", "-p", String(process_.port)], {
      cwd: path.join(BACKEND, ".medusa", "server"),
      env: { ...backend.env, MEDUSA_WORKER_MODE: process_.mode, OCOP_INSTANCE: process_.name },
    })
  const backendProcesses = [...TOPOLOGY.backend.servers, TOPOLOGY.backend.worker]
  const children = new Map(backendProcesses.map((p) => [p.name, startBackendProcess(p)]))
  await Promise.all(backendProcesses.map((p) => waitForUrl(`${p.url}/health`)))

  // the balancer before the storefronts: they render through it
  const nginxDir = path.join(ROOT, ".data", "stack-prod")
  for (const dir of ["logs", "tmp"]) mkdirSync(path.join(nginxDir, dir), { recursive: true })
  writeFileSync(path.join(nginxDir, "nginx.conf"), nginxConfig(nginxDir))
  children.set("nginx", startService("nginx", "nginx", ["-p", nginxDir, "-c", path.join(nginxDir, "nginx.conf"), "-g", "daemon off;"]))

  // the storefront's own start script fixes port 8000; each instance here gets its own
  for (const instance of TOPOLOGY.storefront.instances) {
    children.set(
      instance.name,
      startService(instance.name, "npx", ["next", "start", "-p", String(instance.port)], {
        cwd: STOREFRONT,
        env: { ...storefrontEnv, OCOP_INSTANCE: instance.name },
      })
    )
  }
  await Promise.all(TOPOLOGY.storefront.instances.map((s) => waitForUrl(`${s.url}/vi`)))
  await waitForUrl(`${TOPOLOGY.storefront.url}/vi`)
  return { backend, children, startBackendProcess }
}
