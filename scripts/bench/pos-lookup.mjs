// Bench section: scan to check at a point of sale (GET /pos/points/:id/lookup), timed sequentially next
// to a baseline from stock Medusa measured in the same run: GET /store/products?limit=1&fields=id with
// the storefront's publishable key. The issue asks for lookup p95 ≤ 30 ms on the 20,000-product
// catalogue (npm run seed:scale -- --products 20000); the demo seed gives the counter login below.
//
// As a section:   await benchPosLookup({ backendUrl, storeHeaders })
// On its own:     node scripts/bench/pos-lookup.mjs --url http://localhost:9000 \
//                   [--email pos@ocop.local --password ocop-pos-2026] [--key pk_…] [--samples 100]
import { get, percentiles } from "./measure.mjs"

const DEFAULT_SAMPLES = Number(process.env.BENCH_POS_SAMPLES || 100)
const WARM_UP = 5
const BASELINE_SAMPLES = 20
const BUDGET_MS = 30

const ms = (x) => `${x.toFixed(1)} ms`

export async function posLogin(base, email = "pos@ocop.local", password = "ocop-pos-2026") {
  const response = await fetch(`${base}/auth/sales_point/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`counter login as ${email} failed: ${response.status}`)
  const { token } = await response.json()
  return { authorization: `Bearer ${token}` }
}

/**
 * Times lookups by GTIN, SKU, certificate QR URL and accent-free text at the counter's first sales
 * point, `samples` requests each, one after another, and prints p50 / p95 beside the stock baseline
 * and the 30 ms budget. Returns the figures.
 */
export async function benchPosLookup({ backendUrl, storeHeaders, posHeaders, samples = DEFAULT_SAMPLES, log = console.log }) {
  const base = backendUrl.replace(/\/$/, "")
  const staff = posHeaders ?? (await posLogin(base))
  const me = JSON.parse(Buffer.from(await get(`${base}/pos/me`, staff)).toString())
  const point = me.points.find((p) => p.kind === "sales_point") ?? me.points[0]
  if (!point) throw new Error("the counter login staffs no point: run the demo seed")
  const stock = JSON.parse(Buffer.from(await get(`${base}/pos/points/${point.id}/stock`, staff)).toString())
  const scanned = stock.items.find((i) => i.barcode) ?? stock.items[0]
  const certified = stock.items.find((i) => i.ocop?.verification_code)
  const time = async (path, n = samples) => {
    const url = `${base}${path}`
    for (let i = 0; i < WARM_UP; i++) await get(url, path.startsWith("/store") ? storeHeaders : staff)
    return percentiles(() => get(url, path.startsWith("/store") ? storeHeaders : staff), n)
  }
  const lookup = `/pos/points/${point.id}/lookup`
  const cases = [
    scanned?.barcode && { name: "lookup by GTIN barcode", path: `${lookup}?code=${scanned.barcode}` },
    scanned?.sku && { name: "lookup by SKU", path: `${lookup}?code=${encodeURIComponent(scanned.sku)}` },
    certified && {
      name: "lookup by certificate QR (verify URL)",
      path: `${lookup}?code=${encodeURIComponent(`http://localhost:8000/vi/verify/${certified.ocop.verification_code}`)}`,
    },
    { name: "lookup by text 'nuoc mam' (accent-free)", path: `${lookup}?q=nuoc%20mam` },
    { name: "lookup by text 'mat ong rung'", path: `${lookup}?q=mat%20ong%20rung` },
  ].filter(Boolean)

  // the stock call takes about a second on the national catalogue: fewer samples say as much
  const baseline = storeHeaders ? await time("/store/products?limit=1&fields=id", BASELINE_SAMPLES) : null
  log(`\nPOS scan to check — point «${point.name}»; ${samples} sequential requests each; budget p95 ≤ ${BUDGET_MS} ms`)
  if (baseline)
    log(
      `  ${`stock GET /store/products?limit=1 (baseline, ${BASELINE_SAMPLES})`.padEnd(46)} p50 ${ms(baseline.p50).padStart(8)}  p95 ${ms(baseline.p95).padStart(8)}`
    )
  const results = []
  for (const c of cases) {
    const r = await time(c.path)
    const ratio = baseline ? `  ×${(r.p50 / baseline.p50).toFixed(3)} baseline p50` : ""
    log(
      `  ${c.name.padEnd(46)} p50 ${ms(r.p50).padStart(8)}  p95 ${ms(r.p95).padStart(8)}${ratio}  ${r.p95 <= BUDGET_MS ? "within" : "OVER"} ${BUDGET_MS} ms`
    )
    results.push({ ...c, ...r })
  }
  return { point: point.id, baseline, results, withinBudget: results.every((r) => r.p95 <= BUDGET_MS) }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? process.argv[i + 1] : fallback
  }
  const backendUrl = arg("url", process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")
  const key = arg("key", process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY)
  const posHeaders = await posLogin(backendUrl.replace(/\/$/, ""), arg("email", "pos@ocop.local"), arg("password", "ocop-pos-2026"))
  const { withinBudget } = await benchPosLookup({
    backendUrl,
    storeHeaders: key ? { "x-publishable-api-key": key } : undefined,
    posHeaders,
    samples: Number(arg("samples", DEFAULT_SAMPLES)),
  })
  process.exitCode = withinBudget ? 0 : 1
}
