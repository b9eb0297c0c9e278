// Timing helpers shared by the bench sections: sequential latency percentiles and autocannon throughput.
import autocannon from "autocannon"

/** p50 and p95 of `samples` sequential calls of `once` (each awaited before the next starts). */
export async function percentiles(once, samples) {
  const times = []
  for (let i = 0; i < samples; i++) {
    const started = performance.now()
    await once()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))]
  return { p50: at(0.5), p95: at(0.95) }
}

/** GET `url` and read the body; a non-2xx answer is an error, never a fast sample. */
export async function get(url, headers) {
  const response = await fetch(url, { headers })
  const body = await response.arrayBuffer()
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${Buffer.from(body).toString().slice(0, 300)}`)
  return body
}

export const latencies = (url, headers, samples) => percentiles(() => get(url, headers), samples)

export async function throughput(url, headers, { connections, duration }) {
  const result = await autocannon({ url, headers, connections, duration })
  if (result.non2xx) throw new Error(`${url}: ${result.non2xx} non-2xx answers`)
  return result.requests.average
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
