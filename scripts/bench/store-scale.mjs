// Bench section: the store requests a shopper's pages make, on the national-size catalogue
// (npm run seed:scale) against a started backend: product page, its stock figures, the certified
// catalogue, Medusa's stock product list, search, then add to cart and complete a COD checkout.
// Each figure carries the load average of the minute it was taken in (2 shared cores).
// `storeScaleBench({ url, headers })` is what `npm run bench` calls; run alone:
//   node scripts/bench/store-scale.mjs http://localhost:9000 <publishable key>
import os from "node:os"
import autocannon from "autocannon"
import { percentiles, get } from "./measure.mjs"

const SAMPLES = Number(process.env.BENCH_STORE_SAMPLES || 100)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 8)
const DURATION_S = Number(process.env.BENCH_DURATION_S || 10)
const CART_SAMPLES = Number(process.env.BENCH_CART_SAMPLES || 20)
const CART_WARM_UP = Number(process.env.BENCH_CART_WARM_UP ?? 2)

const load = () => os.loadavg()[0]
/** The storefront's cart calls answer only the cart's id (BENCH_CART_FIELDS=default: Medusa's whole cart). */
const AS_STOREFRONT = process.env.BENCH_CART_FIELDS === "default" ? "" : "fields=id"

async function json(url, headers, init = {}) {
  const response = await fetch(url, { ...init, headers: { ...headers, ...(init.body ? { "content-type": "application/json" } : {}) } })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
  return body
}

/**
 * Completed requests per second over the whole run (fractional: a baseline at 2.5 s a request
 * must not read as 0, which autocannon's per-second average rounds it to). `baseline`: Medusa's
 * routes as shipped may take longer than autocannon's 10 s timeout under 8 connections; they get 30 s,
 * and a request still unanswered then counts as not completed (reported as `timeouts`) instead of
 * stopping the bench.
 */
async function requestsPerSecond(url, headers, { connections, duration, baseline = false }) {
  const result = await autocannon({ url, headers, connections, duration, ...(baseline ? { timeout: 30 } : {}) })
  if (result.non2xx || (result.errors && !baseline)) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
  return { rps: result.requests.total / result.duration, timeouts: result.timeouts ?? result.errors }
}

/** Sequential p50/p95 (after a warm-up) and req/s at `connections`, with the load average beside each. */
export async function measureRequest(
  url,
  headers,
  { samples = SAMPLES, connections = CONNECTIONS, duration = DURATION_S, baseline = false } = {}
) {
  await percentiles(() => get(url, headers), Math.min(10, samples))
  const sequentialLoad = load()
  const { p50, p95 } = await percentiles(() => get(url, headers), samples)
  const { rps, timeouts } = connections ? await requestsPerSecond(url, headers, { connections, duration, baseline }) : {}
  return { p50, p95, rps: rps ?? null, timeouts: timeouts ?? 0, load: sequentialLoad, loadAfterThroughput: load() }
}

/** Products, region and variants the requests use, read from the store API itself. */
export async function storeFixtures(url, headers) {
  const { regions } = await json(`${url}/store/regions`, headers)
  const region = regions.find((r) => r.currency_code === "vnd") ?? regions[0]
  const { products, count } = await json(`${url}/store/ocop/products?limit=24&offset=240&region_id=${region.id}`, headers)
  // checkout needs products whose shipping profile has delivery options: the demo catalogue's (the
  // scale seed's generated products sit on Medusa's default profile, which has none)
  const { products: oldest } = await json(`${url}/store/products?limit=100&order=created_at&fields=id,metadata,variants.id`, headers)
  const demo = oldest.filter((p) => p.metadata?.ocop_demo_id)
  const variants = (demo.length ? demo : products).map((p) => p.variants[0]?.id).filter(Boolean)
  return { regionId: region.id, count, handles: products.map((p) => p.handle), ids: products.map((p) => p.id), variants }
}

/** The read requests of a product page and a catalogue page, each measured the same way. */
export function storeReadRequests(url, { regionId, handles, ids }) {
  const handle = handles[0]
  return [
    { name: "GET /store/ocop/products/:handle (product page)", url: `${url}/store/ocop/products/${handle}?region_id=${regionId}` },
    {
      name: "stock GET /store/products?handle= (stock figures)",
      url: `${url}/store/products?handle=${handle}&limit=1&fields=id,handle,variants.id,variants.manage_inventory,variants.allow_backorder,%2Bvariants.inventory_quantity`,
    },
    { name: "GET /store/ocop/products?limit=24 (catalogue)", url: `${url}/store/ocop/products?limit=24&region_id=${regionId}` },
    {
      name: "stock GET /store/products?limit=24 with prices",
      url: `${url}/store/products?limit=24&region_id=${regionId}&fields=*variants.calculated_price`,
    },
    { name: "stock GET /store/products?id[]= (one product)", url: `${url}/store/products?id[]=${ids[0]}&region_id=${regionId}` },
    { name: "GET /store/ocop/search?limit=24", url: `${url}/store/ocop/search?limit=24` },
  ]
}

/**
 * Add to cart and complete a cash-on-delivery checkout, `samples` times each, timed per call, after
 * `CART_WARM_UP` untimed checkouts, as the read requests get theirs: the bench reaches the carts after
 * GETs only, and a first cart may pay for code paths no earlier request ran. p95 is the nearest rank:
 * with 20 samples one slow request is the 20th value, and p95 is the 19th.
 * Each call asks for what the storefront asks (storefront/src/lib/data/cart.ts, checkout.ts): create,
 * add to cart, address and shipping method answer `fields=id` (the pages read the cart on their own);
 * complete answers Medusa's default order.
 */
export async function cartTimings(url, headers, { regionId, variants }, samples = CART_SAMPLES) {
  const create = []
  const add = []
  const complete = []
  for (let run = 0; run < CART_WARM_UP + samples; run++) {
    const createStarted = performance.now()
    const { cart } = await json(`${url}/store/carts?${AS_STOREFRONT}`, headers, {
      method: "POST",
      body: JSON.stringify({ region_id: regionId, email: `bench-${run}@ocop.local` }),
    })
    const createMs = performance.now() - createStarted
    let started = performance.now()
    await json(`${url}/store/carts/${cart.id}/line-items?${AS_STOREFRONT}`, headers, {
      method: "POST",
      body: JSON.stringify({ variant_id: variants[run % variants.length], quantity: 1 }),
    })
    const addMs = performance.now() - started
    await json(`${url}/store/carts/${cart.id}?${AS_STOREFRONT}`, headers, {
      method: "POST",
      body: JSON.stringify({
        shipping_address: {
          first_name: "Bench",
          last_name: "Khách",
          address_1: "1 Trần Phú",
          city: "Hà Tĩnh",
          country_code: "vn",
          phone: "0912345678",
        },
      }),
    })
    const { shipping_options } = await json(`${url}/store/shipping-options?cart_id=${cart.id}`, headers)
    const option = shipping_options.find((o) => /tiêu chuẩn/i.test(o.name)) ?? shipping_options[0]
    await json(`${url}/store/carts/${cart.id}/shipping-methods?${AS_STOREFRONT}`, headers, {
      method: "POST",
      body: JSON.stringify({ option_id: option.id }),
    })
    const { payment_collection } = await json(`${url}/store/payment-collections`, headers, {
      method: "POST",
      body: JSON.stringify({ cart_id: cart.id }),
    })
    await json(`${url}/store/payment-collections/${payment_collection.id}/payment-sessions`, headers, {
      method: "POST",
      body: JSON.stringify({ provider_id: "pp_cod_ocop" }),
    })
    started = performance.now()
    const completed = await json(`${url}/store/carts/${cart.id}/complete`, headers, { method: "POST" })
    const completeMs = performance.now() - started
    if (completed.type !== "order") throw new Error(`complete answered ${JSON.stringify(completed).slice(0, 300)}`)
    if (run >= CART_WARM_UP) {
      create.push(createMs)
      add.push(addMs)
      complete.push(completeMs)
    }
  }
  // nearest rank: of 20 samples the 19th (Math.floor(0.95 × 20) would index the 20th, the maximum)
  const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(q * xs.length) - 1)]
  return {
    create: { p50: p(create, 0.5), p95: p(create, 0.95) },
    add: { p50: p(add, 0.5), p95: p(add, 0.95) },
    complete: { p50: p(complete, 0.5), p95: p(complete, 0.95) },
    load: load(),
  }
}

const ms = (x) => `${x.toFixed(1).padStart(7)} ms`

/** The whole section; `rssMegabytes` (from startBuiltBackend) adds the backend's memory after a search warm-up. */
export async function storeScaleBench({ url, headers, baselineUrl, rssMegabytes, carts = true, log = console.log }) {
  const fixtures = await storeFixtures(url, headers)
  log(
    `\nStore requests on ${fixtures.count} listed products (${CONNECTIONS} connections × ${DURATION_S}s; latency over ${SAMPLES} sequential requests; load = 1-min load average)`
  )
  const line = (name, f) =>
    `  ${name.padEnd(58)} p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  ${f.rps.toFixed(1).padStart(7)} req/s   load ${f.load.toFixed(1)}`
  const rows = []
  const baselineRequests = baselineUrl ? storeReadRequests(baselineUrl, fixtures) : []
  for (const [i, request] of storeReadRequests(url, fixtures).entries()) {
    const figures = await measureRequest(request.url, headers)
    const row = { ...request, ...figures }
    log(line(request.name, figures))
    // Medusa's routes as shipped (OCOP_BENCH_MEDUSA_PRODUCT_ROUTES=true), measured right after
    if (baselineUrl && request.name.startsWith("stock")) {
      row.baseline = await measureRequest(baselineRequests[i].url, headers, { baseline: true })
      log(
        `${line("  baseline: Medusa as shipped", row.baseline)}${row.baseline.timeouts ? `   (${row.baseline.timeouts} unanswered in 30 s)` : ""}`
      )
      const throughputRatio =
        row.baseline.rps > 0 ? `${(figures.rps / row.baseline.rps).toFixed(1)}×` : "n/a (no baseline request completed)"
      log(`    ratio: throughput ${throughputRatio}, p95 ${(row.baseline.p95 / figures.p95).toFixed(1)}× faster`)
    }
    rows.push(row)
  }
  let cart = null
  if (carts) {
    cart = await cartTimings(url, headers, fixtures)
    log(`  create cart                                          p50 ${ms(cart.create.p50)}  p95 ${ms(cart.create.p95)}`)
    log(
      `  add to cart                                          p50 ${ms(cart.add.p50)}  p95 ${ms(cart.add.p95)}   load ${cart.load.toFixed(1)}`
    )
    log(`  complete cart (cash on delivery)                     p50 ${ms(cart.complete.p50)}  p95 ${ms(cart.complete.p95)}`)
  }
  let rss = null
  if (rssMegabytes) {
    for (const q of ["mật ong", "nuoc mam", "dong trung ha thao", "bưởi", "tra"])
      await get(`${url}/store/ocop/search?q=${encodeURIComponent(q)}`, headers)
    rss = await rssMegabytes()
    log(`  backend RSS after search warm-up                     ${String(rss).padStart(7)} MB`)
  }
  return { fixtures, rows, cart, rss }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url = "http://localhost:9000", key, baselineUrl] = process.argv.slice(2)
  await storeScaleBench({ url, headers: { "x-publishable-api-key": key }, baselineUrl, carts: process.env.BENCH_CARTS !== "0" })
}
