#!/usr/bin/env node
// npm run stack:prod — the production shape on one machine, without Docker (README, "Topology"):
//   nginx :9000 → Medusa servers :9001 :9002 (MEDUSA_WORKER_MODE=server, stateless)
//   Medusa worker :9003 (MEDUSA_WORKER_MODE=worker: subscribers, scheduled jobs, indexing)
//   nginx :8000 → storefronts :8001 :8002 (production builds, one Next.js cache in Redis)
//   the machine's PostgreSQL (DATABASE_URL) and Redis (REDIS_URL): event bus, workflow engine,
//   locking, Medusa's cache and the storefronts' cache, shared by every process
// Search: MiniSearch by default, Meilisearch when MEILISEARCH_HOST is set.
// Options: --no-build reuses the last builds. Stop with Ctrl+C.
import { ADMIN } from "./lib/backend.mjs"
import { startProductionStack } from "./lib/prod-stack.mjs"
import { shutdown } from "./lib/processes.mjs"
import { TOPOLOGY } from "./lib/topology.mjs"

try {
  const { backend } = await startProductionStack({ build: !process.argv.includes("--no-build") })
  const ports = (list) => list.map((s) => s.port).join(", ")
  console.log(`
  OCOP Market (production shape) is running
    Storefront   ${TOPOLOGY.storefront.url}/vi   (nginx → ${ports(TOPOLOGY.storefront.instances)})
    Store API    ${TOPOLOGY.backend.url}/store/ocop/products   (nginx → ${ports(TOPOLOGY.backend.servers)}; X-Ocop-Instance names the server)
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
