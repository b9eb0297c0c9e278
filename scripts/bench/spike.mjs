// The livestream spike: the production storefront (next build + next start) in front of a backend
// on the 20,000-product catalogue, with a counting proxy between them so the bench knows how many
// requests reached the backend. Five "hot" product pages and the home page at the highest rate the
// machine gives (autocannon, 32 connections, 30 s), then a cold-cache pass over 500 random product
// pages no one has asked for yet.
import { spawn } from "node:child_process"
import http from "node:http"
import autocannon from "autocannon"
import { STOREFRONT } from "../lib/paths.mjs"
import { onShutdown, run, waitForUrl } from "../lib/processes.mjs"
import { loadAverage } from "./goals.mjs"

const SPIKE_CONNECTIONS = Number(process.env.BENCH_SPIKE_CONNECTIONS || 32)
const SPIKE_DURATION_S = Number(process.env.BENCH_SPIKE_DURATION_S || 30)
const COLD_PAGES = Number(process.env.BENCH_COLD_PAGES || 500)
const COLD_CONNECTIONS = Number(process.env.BENCH_COLD_CONNECTIONS || 1)

/** A proxy to `target` counting every request that passes (the storefront's calls to the backend). */
export async function countingProxy(target, port) {
  const upstream = new URL(target)
  const counts = { total: 0, byPath: new Map() }
  const server = http.createServer((req, res) => {
    counts.total++
    const path = (req.url ?? "").split("?")[0].replace(/\/(prod|cert|pcol|cart)_[A-Za-z0-9]+/g, "/:id")
    counts.byPath.set(path, (counts.byPath.get(path) ?? 0) + 1)
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    forward.on("error", () => {
      res.writeHead(502)
      res.end()
    })
    req.pipe(forward)
  })
  server.keepAliveTimeout = 60_000
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
  const close = () => new Promise((resolve) => server.close(() => resolve()))
  onShutdown(close)
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    reset: () => {
      counts.total = 0
      counts.byPath.clear()
    },
    close,
  }
}

/** `next build` then `next start` on `port`; stop() ends the server's process group. */
export async function startProductionStorefront({ env, port, build = true }) {
  if (build) await run("npm", ["run", "build"], { cwd: STOREFRONT, env, stdio: "ignore" })
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    cwd: STOREFRONT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  })
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {}
    await new Promise((r) => setTimeout(r, 1000))
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {}
  }
  onShutdown(stop)
  const url = `http://localhost:${port}`
  await waitForUrl(`${url}/vi/c`)
  return { url, stop }
}

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

/** autocannon over `paths` (each connection walks the list in turn); p95 from every response's time. */
async function hammer(url, paths, { connections, duration }) {
  const times = []
  const instance = autocannon({
    url,
    connections,
    duration,
    requests: paths.map((path) => ({ method: "GET", path })),
  })
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  const result = await instance
  times.sort((a, b) => a - b)
  return {
    rps: result.requests.average,
    p95: percentile(times, 0.95) ?? NaN,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  }
}

/**
 * The spike: warm each hot page once (its first render fills the cache), then hammer them. Returns
 * { rps, p95, errors, requests, backendRequests, load } for the cached pages.
 */
export async function livestreamSpike({ storefrontUrl, proxy, hotHandles }) {
  const paths = ["/vi", ...hotHandles.map((h) => `/vi/products/${h}`)]
  for (const path of paths) {
    const response = await fetch(`${storefrontUrl}${path}`)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${path} answered ${response.status} before the spike`)
  }
  const headers = Object.fromEntries((await fetch(`${storefrontUrl}${paths[1]}`)).headers)
  proxy.reset()
  const load = loadAverage()
  const result = await hammer(storefrontUrl, paths, { connections: SPIKE_CONNECTIONS, duration: SPIKE_DURATION_S })
  const backendRequests = proxy.counts.total
  console.log(
    `\nLivestream spike: home + ${hotHandles.length} hot product pages through the production storefront, ${SPIKE_CONNECTIONS} connections × ${SPIKE_DURATION_S} s`
  )
  console.log(
    `  product page Cache-Control: ${headers["cache-control"] ?? "(none)"}${headers["x-nextjs-cache"] ? `; x-nextjs-cache: ${headers["x-nextjs-cache"]}` : ""}`
  )
  console.log(
    `  ${result.rps.toFixed(0)} req/s   p95 ${result.p95.toFixed(0)} ms   ${result.errors} errors   ${result.requests} requests → ${backendRequests} reached the backend   (load ${load} → ${loadAverage()})`
  )
  return { ...result, backendRequests, load, cacheControl: headers["cache-control"] ?? "" }
}

/** Each of `handles` once, `COLD_CONNECTIONS` at a time: pages no one asked for yet (render + backend). */
export async function coldPass({ storefrontUrl, proxy, handles }) {
  const picked = handles.slice(0, COLD_PAGES)
  proxy.reset()
  const load = loadAverage()
  const times = []
  let errors = 0
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: COLD_CONNECTIONS }, async () => {
      while (next < picked.length) {
        const handle = picked[next++]
        const t = performance.now()
        const response = await fetch(`${storefrontUrl}/vi/products/${handle}`).catch(() => null)
        await response?.arrayBuffer()
        times.push(performance.now() - t)
        if (!response?.ok) errors++
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  const result = {
    pages: picked.length,
    rps: picked.length / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    errors,
    backendRequests: proxy.counts.total,
    load,
  }
  console.log(`\nCold cache: ${picked.length} random product pages never requested before, ${COLD_CONNECTIONS} at a time`)
  console.log(
    `  p50 ${result.p50.toFixed(0)} ms   p95 ${result.p95.toFixed(0)} ms   ${result.rps.toFixed(1)} pages/s   ${errors} errors   ${result.backendRequests} backend requests (${(result.backendRequests / picked.length).toFixed(1)} a page)   (load ${load} → ${loadAverage()})`
  )
  return result
}
