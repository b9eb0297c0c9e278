// Bench sections on the demo catalogue: our certified store catalogue vs Medusa's stock
// GET /store/products on the same seeded data, and the office's delisting call → gone everywhere.
import { ADMIN, BACKEND_URL, prepareBackend, startBackend } from "../lib/backend.mjs"
import { STOREFRONT } from "../lib/paths.mjs"
import { run, startService, waitForUrl } from "../lib/processes.mjs"
import { lighthouseBench } from "./lighthouse.mjs"
import { latencies, median, throughput } from "./measure.mjs"

const STOREFRONT_URL = "http://localhost:8000"
const DELIST_RUNS = Number(process.env.BENCH_DELIST_RUNS || 20)

const DURATION_S = Number(process.env.BENCH_DURATION_S || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 8)
const SEQUENTIAL_SAMPLES = Number(process.env.BENCH_SAMPLES || 200)

async function measure(name, url, headers) {
  await latencies(url, headers, SEQUENTIAL_SAMPLES) // warm up caches and JIT
  const { p50, p95 } = await latencies(url, headers, SEQUENTIAL_SAMPLES)
  const rps = await throughput(url, headers, { connections: CONNECTIONS, duration: DURATION_S })
  console.log(
    `  ${name.padEnd(52)} ${rps.toFixed(1).padStart(8)} req/s   p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms`
  )
  return { rps, p95 }
}

/** Milliseconds until `gone()` holds, polling every 25 ms (gives up after 30 s). */
async function timeUntil(gone, started) {
  while (!(await gone())) {
    if (performance.now() - started > 30_000) return Infinity
    await new Promise((r) => setTimeout(r, 25))
  }
  return performance.now() - started
}

/** Suspension (a delisting like revocation, but reversible) → gone from the store API and the storefront page. */
async function delistTimings(headers) {
  const { token } = await (
    await fetch(`${BACKEND_URL}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
  ).json()
  const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const { products } = await (await fetch(`${BACKEND_URL}/store/ocop/products?limit=1`, { headers })).json()
  const { handle, certificate } = products[0]
  const transition = (body) =>
    fetch(`${BACKEND_URL}/admin/ocop/certificates/${certificate.id}/transitions`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify(body),
    })
  const apiGone = async () => (await fetch(`${BACKEND_URL}/store/ocop/products/${handle}`, { headers })).status === 404
  const pageGone = async () => !(await (await fetch(`${STOREFRONT_URL}/vi/products/${handle}`)).text()).includes("certificate-panel")
  const api = []
  const page = []
  for (let i = 0; i < DELIST_RUNS; i++) {
    await fetch(`${STOREFRONT_URL}/vi/products/${handle}`) // the page is cached before the change
    const started = performance.now()
    const response = await transition({ to: "suspended", reason: "Đo thời gian gỡ sản phẩm (bench)" })
    if (!response.ok) throw new Error(`suspend answered ${response.status}`)
    const [a, p] = await Promise.all([timeUntil(apiGone, started), timeUntil(pageGone, started)])
    api.push(a)
    page.push(p)
    await transition({ to: "valid", reason: "Hết thời gian đo (bench)" })
    await timeUntil(async () => !(await pageGone()), performance.now())
  }
  return { api: median(api), page: median(page) }
}

/** Runs on the demo catalogue with backend :9000 and storefront :8000; they stay up until the bench ends. */
export async function catalogueBench() {
  const backend = await prepareBackend({ databaseName: "ocop_bench", fresh: true, disableAdmin: true, createAdmin: true })
  await startBackend(backend, { built: true })
  const headers = { "x-publishable-api-key": backend.publishableKey }
  const regions = await (await fetch(`${BACKEND_URL}/store/regions`, { headers })).json()
  const regionId = regions.regions[0].id

  console.log(
    `\nStore catalogue of the 60-product demo, 24 products per page (${CONNECTIONS} connections × ${DURATION_S}s; latency over ${SEQUENTIAL_SAMPLES} sequential requests)`
  )
  const stock = await measure(
    "stock GET /store/products (with prices)",
    `${BACKEND_URL}/store/products?limit=24&region_id=${regionId}&fields=*variants.calculated_price`,
    headers
  )
  const ours = await measure(
    "GET /store/ocop/products (+certificates, producer)",
    `${BACKEND_URL}/store/ocop/products?limit=24&region_id=${regionId}`,
    headers
  )
  console.log(`\n  ratio ours/stock: throughput ${(ours.rps / stock.rps).toFixed(2)}×, p95 ${(ours.p95 / stock.p95).toFixed(2)}×\n`)

  console.log("Building the storefront for the delisting figures…")
  const storefrontEnv = {
    ...process.env,
    NODE_ENV: "production",
    MEDUSA_BACKEND_URL: BACKEND_URL,
    MEDUSA_PUBLISHABLE_KEY: backend.publishableKey,
    REVALIDATE_SECRET: backend.env.REVALIDATE_SECRET,
    STOREFRONT_URL,
  }
  await run("npm", ["run", "build"], { cwd: STOREFRONT, env: storefrontEnv, stdio: "ignore" })
  startService("storefront", "npm", ["run", "start"], { cwd: STOREFRONT, env: storefrontEnv })
  await waitForUrl(`${STOREFRONT_URL}/vi`)
  // Lighthouse is scored on the 20,000-product catalogue (scale.mjs); BENCH_DEMO_LIGHTHOUSE=1 scores the demo too
  if (process.env.BENCH_DEMO_LIGHTHOUSE === "1") await lighthouseBench({ storefrontUrl: STOREFRONT_URL })
  const delist = await delistTimings(headers)
  console.log(
    `\nFrom the office's delisting call to gone (median of ${DELIST_RUNS} runs; the storefront is told by a signed revalidation call, its own cache would wait up to 60 s)`
  )
  console.log(`  store API (GET /store/ocop/products/:handle → 404)   ${delist.api.toFixed(0).padStart(6)} ms`)
  console.log(`  storefront product page (cached) → not for sale      ${delist.page.toFixed(0).padStart(6)} ms`)
  console.log(`  ratio page/API ${(delist.page / delist.api).toFixed(2)}×, page vs 60 s cache TTL ${(delist.page / 60000).toFixed(3)}×\n`)
}
