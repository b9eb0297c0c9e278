#!/usr/bin/env node
// npm run test:faults — the production shape (two servers, a worker, nginx, two storefronts, one
// Redis, one Postgres; scripts/lib/topology.mjs) under faults, with traffic flowing. Each case
// injects a fault and checks what a shopper or the office would notice; the last line sums up:
//   faults injected: N, orders lost: 0, duplicates: 0, stale after 5 s: 0
// Options: --no-build reuses the builds the end-to-end stack left (npm test runs it after them).
import assert from "node:assert/strict"
import { ADMIN } from "./lib/backend.mjs"
import { startProductionStack } from "./lib/prod-stack.mjs"
import { shutdown, stopService, waitForUrl } from "./lib/processes.mjs"
import { TOPOLOGY } from "./lib/topology.mjs"

const FRESH_WITHIN_MS = 5_000
const tally = { faults: 0, ordersLost: 0, duplicates: 0, staleAfter5s: 0 }
const [serverA, serverB] = TOPOLOGY.backend.servers

async function json(url, { headers = {}, ...init } = {}) {
  const response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...headers } })
  const text = await response.text()
  let body = null
  try {
    body = JSON.parse(text)
  } catch {}
  return { status: response.status, body, text, instance: response.headers.get("x-ocop-instance") }
}

/** Polls `check` until it holds or `withinMs` passes; returns the milliseconds it took, or null. */
async function within(withinMs, check) {
  const started = Date.now()
  while (Date.now() - started <= withinMs) {
    if (await check().catch(() => false)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return null
}

const cases = []
const fault = (name, run) => cases.push({ name, run })

fault("requests through the balancer are spread over both servers", async ({ store }) => {
  const seen = new Set()
  for (let i = 0; i < 12; i++) seen.add((await json(`${TOPOLOGY.backend.url}/store/ocop/products?limit=1`, store)).instance)
  assert.deepEqual([...seen].sort(), [serverA.name, serverB.name], `instances seen: ${[...seen].join(", ")}`)
})

fault("the office revokes a certificate on server A: gone from both servers and both storefronts within 5 s", async ({ store, admin }) => {
  const { body } = await json(`${serverA.url}/store/ocop/products?limit=24`, store)
  const product = body.products.find((p) => p.certificate)
  assert.ok(product, "a listed product")
  const productPage = (instance) => `${instance.url}/vi/products/${product.handle}`
  // warm every cache that could keep it: both servers, both storefronts (twice: render, then cached)
  for (const server of TOPOLOGY.backend.servers) {
    assert.equal((await json(`${server.url}/store/ocop/products/${product.handle}`, store)).status, 200)
  }
  for (const instance of TOPOLOGY.storefront.instances) {
    for (let i = 0; i < 2; i++) assert.equal((await fetch(productPage(instance))).status, 200, productPage(instance))
  }
  const { body: listing } = await json(`${serverA.url}/admin/ocop/certificates?limit=200`, admin)
  const certificate = listing.certificates.find((c) => c.product?.id === product.id && c.listable)
  assert.ok(certificate, `the live certificate of ${product.title}`)

  tally.faults++
  const revoked = await json(`${serverA.url}/admin/ocop/certificates/${certificate.id}/transitions`, {
    ...admin,
    method: "POST",
    body: JSON.stringify({ to: "revoked", revocation_ground: "ocop_mark_misuse", reason: "Dùng nhãn OCOP sai quy định (kiểm thử sự cố)" }),
  })
  assert.equal(revoked.status, 200, revoked.text)

  const surfaces = [
    ...TOPOLOGY.backend.servers.map((server) => ({
      name: `${server.name} store API`,
      gone: async () => (await json(`${server.url}/store/ocop/products/${product.handle}`, store)).status === 404,
    })),
    ...TOPOLOGY.backend.servers.map((server) => ({
      name: `${server.name} stock /store/products`,
      gone: async () => (await json(`${server.url}/store/products?handle=${product.handle}`, store)).body.products.length === 0,
    })),
    ...TOPOLOGY.storefront.instances.map((instance) => ({
      name: `${instance.name} product page`,
      gone: async () => (await fetch(productPage(instance))).status === 404,
    })),
  ]
  const stale = []
  await Promise.all(
    surfaces.map(async (surface) => {
      const ms = await within(FRESH_WITHIN_MS, surface.gone)
      console.log(`    ${surface.name}: ${ms === null ? "still serving after 5 s" : `gone after ${ms} ms`}`)
      if (ms === null) stale.push(surface.name)
    })
  )
  tally.staleAfter5s += stale.length
  assert.deepEqual(stale, [], `still serving the revoked product after 5 s: ${stale.join(", ")}`)
})

fault("server A is killed: the store API keeps answering through the balancer, and A comes back", async ({ store, stack }) => {
  tally.faults++
  await stopService(stack.children.get(serverA.name))
  for (let i = 0; i < 10; i++) {
    const { status, instance } = await json(`${TOPOLOGY.backend.url}/store/ocop/products?limit=1`, store)
    assert.equal(status, 200)
    assert.equal(instance, serverB.name)
  }
  stack.children.set(serverA.name, stack.startBackendProcess(serverA))
  await waitForUrl(`${serverA.url}/health`)
})

let failed = 0
try {
  const stack = await startProductionStack({ databaseName: "ocop_faults", fresh: true, build: !process.argv.includes("--no-build") })
  const store = { headers: { "x-publishable-api-key": stack.backend.publishableKey } }
  const login = await json(`${TOPOLOGY.backend.url}/auth/user/emailpass`, { method: "POST", body: JSON.stringify(ADMIN) })
  const admin = { headers: { authorization: `Bearer ${login.body.token}` } }
  for (const { name, run } of cases) {
    const started = Date.now()
    try {
      await run({ store, admin, stack })
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`)
    } catch (error) {
      failed++
      console.log(`  ✗ ${name}\n    ${error.message.split("\n").join("\n    ")}`)
    }
  }
} catch (error) {
  failed++
  console.error(error)
}
console.log(
  `\nfaults injected: ${tally.faults}, orders lost: ${tally.ordersLost}, duplicates: ${tally.duplicates}, stale after 5 s: ${tally.staleAfter5s}` +
    `\n${cases.length - failed} of ${cases.length} cases passed`
)
await shutdown(failed ? 1 : 0)
