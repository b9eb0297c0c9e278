#!/usr/bin/env node
// npm run test:faults — the production shape (two servers, a worker, nginx, two storefronts, one
// Redis, one Postgres; scripts/lib/topology.mjs) under faults, with traffic flowing. Each case
// injects a fault and checks what a shopper or the office would notice; the last line sums up:
//   faults injected: N, orders lost: 0, duplicates: 0, stale after 5 s: 0
// Options: --no-build reuses the builds the end-to-end stack left (npm test runs it after them).
import assert from "node:assert/strict"
import { ADMIN } from "./lib/backend.mjs"
import { startProductionStack } from "./lib/prod-stack.mjs"
import pg from "pg"
import { onShutdown, shutdown, stopService, waitForUrl } from "./lib/processes.mjs"
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

fault(
  "the worker is killed with a revocation pending: after its restart the counter gets its pull task, once",
  async ({ store, admin, stack }) => {
    const staffLogin = await json(`${TOPOLOGY.backend.url}/auth/sales_point/emailpass`, {
      method: "POST",
      body: JSON.stringify({ email: process.env.POS_EMAIL ?? "pos@ocop.local", password: process.env.POS_PASSWORD ?? "ocop-pos-2026" }),
    })
    assert.equal(staffLogin.status, 200, staffLogin.text)
    const staff = { headers: { authorization: `Bearer ${staffLogin.body.token}` } }
    const { body: me } = await json(`${TOPOLOGY.backend.url}/pos/me`, staff)
    const point = me.points[0]
    const { body: stock } = await json(`${TOPOLOGY.backend.url}/pos/points/${point.id}/stock`, staff)
    const held = stock.items.find((item) => item.sellable && item.ocop?.listable && item.quantity > 0)
    assert.ok(held, `a sellable OCOP product at ${point.name ?? point.id}`)
    const { body: listing } = await json(`${serverA.url}/admin/ocop/certificates?limit=200`, admin)
    const certificate = listing.certificates.find((c) => c.product?.id === held.product_id && c.listable)
    assert.ok(certificate, `the live certificate of ${held.title}`)
    const pullTasks = async () =>
      (await json(`${TOPOLOGY.backend.url}/pos/points/${point.id}/tasks?status=open`, staff)).body.tasks.filter(
        (t) => t.kind === "pull" && t.certificate_id === certificate.id
      ).length

    tally.faults++
    await stopService(stack.children.get(TOPOLOGY.backend.worker.name))
    const revoked = await json(`${serverA.url}/admin/ocop/certificates/${certificate.id}/transitions`, {
      ...admin,
      method: "POST",
      body: JSON.stringify({
        to: "revoked",
        revocation_ground: "ocop_mark_misuse",
        reason: "Dùng nhãn OCOP sai quy định (kiểm thử sự cố worker)",
      }),
    })
    assert.equal(revoked.status, 200, revoked.text)
    // the servers run no subscribers: with the worker down the event waits in Redis
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const whileDown = await pullTasks()
    stack.children.set(TOPOLOGY.backend.worker.name, stack.startBackendProcess(TOPOLOGY.backend.worker))
    await waitForUrl(`${TOPOLOGY.backend.worker.url}/health`)
    const took = await within(60_000, async () => (await pullTasks()) > 0)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const after = await pullTasks()
    console.log(`    pull tasks while the worker was down: ${whileDown}; after its restart: ${after} (in ${took ?? "more than 60 000"} ms)`)
    // a delisting the counter never hears of is a stale shelf
    if (after === 0) tally.staleAfter5s++
    if (after > 1) tally.duplicates += after - 1
    assert.equal(whileDown, 0, "the event was handled while no worker ran")
    assert.equal(after, 1, `open pull tasks for the revoked certificate at ${point.id}`)
  }
)

/** A cart ready to complete (cash on delivery), made through `base` as a shopper's browser would. */
async function cartReadyToComplete(base, store, email) {
  const post = (path, body) => json(`${base}${path}`, { ...store, method: "POST", body: JSON.stringify(body) })
  const { body: regions } = await json(`${base}/store/regions`, store)
  const { body: listing } = await json(`${base}/store/ocop/products?limit=24`, store)
  const product = listing.products.find((p) => p.certificate && p.variants?.length)
  const { body: created } = await post("/store/carts", { region_id: regions.regions[0].id })
  const cartId = created.cart.id
  await post(`/store/carts/${cartId}/line-items`, { variant_id: product.variants[0].id, quantity: 1 })
  await post(`/store/carts/${cartId}`, {
    email,
    shipping_address: {
      first_name: "Lan",
      last_name: "Nguyễn",
      address_1: "12 Phan Đình Phùng",
      city: "Hà Tĩnh",
      country_code: "vn",
      phone: "0912345678",
    },
  })
  const { body: options } = await json(`${base}/store/shipping-options?cart_id=${cartId}`, store)
  const delivery = options.shipping_options.find((o) => /tiêu chuẩn/i.test(o.name)) ?? options.shipping_options[0]
  await post(`/store/carts/${cartId}/shipping-methods`, { option_id: delivery.id })
  const { body: collection } = await post("/store/payment-collections", { cart_id: cartId })
  const session = await post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, {
    provider_id: "pp_cod_ocop",
  })
  assert.equal(session.status, 200, session.text)
  return cartId
}

fault(
  "server A is killed in the middle of a checkout: the shopper's retry through the balancer gets one order",
  async ({ store, stack, database }) => {
    const cartId = await cartReadyToComplete(serverB.url, store, "mua-giua-chung@example.vn")
    tally.faults++
    const cut = json(`${serverA.url}/store/carts/${cartId}/complete`, { ...store, method: "POST", body: "{}" }).catch((error) => ({
      status: 0,
      text: error.message,
    }))
    await new Promise((resolve) => setTimeout(resolve, 150))
    await stopService(stack.children.get(serverA.name))
    const first = await cut
    console.log(`    the cut request: ${first.status || "no answer"}`)
    // The shopper presses "Đặt hàng" again. Medusa's completeCartWorkflow locks the cart for up to
    // 2 minutes (its lock's TTL) and the dead server holds that lock: until it lapses each retry waits
    // 30 s for it and answers 409, which must read as "try again", never as a failure of the order.
    let retry
    const interim = []
    const took = await within(180_000, async () => {
      retry = await json(`${TOPOLOGY.backend.url}/store/carts/${cartId}/complete`, { ...store, method: "POST", body: "{}" })
      if (retry.status !== 200) interim.push(retry)
      return retry.status === 200 && retry.body?.type === "order"
    })
    if (interim.length)
      console.log(`    meanwhile: ${interim.length} × ${interim[0].status} "${interim[0].body?.message ?? interim[0].text}"`)
    for (const answer of interim) {
      assert.equal(answer.status, 409, answer.text)
      assert.match(answer.body?.message ?? "", /thử lại/i, answer.text)
    }
    const { rows } = await database.query("SELECT count(*)::int AS n FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL", [cartId])
    console.log(`    retry answered ${retry.status} after ${took ?? "more than 180 000"} ms; orders for the cart: ${rows[0].n}`)
    if (rows[0].n === 0) tally.ordersLost++
    if (rows[0].n > 1) tally.duplicates += rows[0].n - 1
    stack.children.set(serverA.name, stack.startBackendProcess(serverA))
    await waitForUrl(`${serverA.url}/health`)
    assert.equal(rows[0].n, 1, `orders for the cart: ${rows[0].n}`)
    assert.notEqual(took, null, `the retry answered ${retry.status}: ${retry.text}`)
  }
)

let failed = 0
const suiteStarted = Date.now()
try {
  const stack = await startProductionStack({ databaseName: "ocop_faults", fresh: true, build: !process.argv.includes("--no-build") })
  const store = { headers: { "x-publishable-api-key": stack.backend.publishableKey } }
  const login = await json(`${TOPOLOGY.backend.url}/auth/user/emailpass`, { method: "POST", body: JSON.stringify(ADMIN) })
  const admin = { headers: { authorization: `Bearer ${login.body.token}` } }
  const database = new pg.Client({ connectionString: stack.backend.database.url })
  await database.connect()
  onShutdown(() => database.end())
  for (const { name, run } of cases) {
    const started = Date.now()
    try {
      await run({ store, admin, stack, database })
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
    `\n${cases.length - failed} of ${cases.length} cases passed in ${Math.round((Date.now() - suiteStarted) / 1000)} s`
)
await shutdown(failed ? 1 : 0)
