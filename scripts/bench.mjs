#!/usr/bin/env node
// npm run bench: our certified catalogue vs Medusa's stock GET /store/products on the same seeded
// data, same backend, same run. Figures are printed as ratios; absolute times depend on the machine.
import autocannon from "autocannon"
import { BACKEND_URL, prepareBackend, startBackend } from "./lib/backend.mjs"
import { shutdown } from "./lib/processes.mjs"

const DURATION_S = Number(process.env.BENCH_DURATION_S || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 8)
const SEQUENTIAL_SAMPLES = Number(process.env.BENCH_SAMPLES || 200)

async function latencies(url, headers) {
  const samples = []
  for (let i = 0; i < SEQUENTIAL_SAMPLES; i++) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]
  return { p50: at(0.5), p95: at(0.95) }
}

async function throughput(url, headers) {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S })
  if (result.non2xx) throw new Error(`${url}: ${result.non2xx} non-2xx answers`)
  return result.requests.average
}

async function measure(name, url, headers) {
  await latencies(url, headers) // warm up caches and JIT
  const { p50, p95 } = await latencies(url, headers)
  const rps = await throughput(url, headers)
  console.log(`  ${name.padEnd(44)} ${rps.toFixed(1).padStart(8)} req/s   p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms`)
  return { rps, p95 }
}

try {
  const backend = await prepareBackend({ databaseName: "ocop_bench", fresh: true, disableAdmin: true })
  await startBackend(backend, { built: true })
  const headers = { "x-publishable-api-key": backend.publishableKey }
  const regions = await (await fetch(`${BACKEND_URL}/store/regions`, { headers })).json()
  const regionId = regions.regions[0].id

  console.log(`\nStore catalogue, 24 products per page (${CONNECTIONS} connections × ${DURATION_S}s; latency over ${SEQUENTIAL_SAMPLES} sequential requests)`)
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
  await shutdown(0)
} catch (error) {
  console.error(error)
  await shutdown(1)
}
