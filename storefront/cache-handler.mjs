// Next.js's cache (ISR pages, fetch and unstable_cache data) in Redis, shared by every storefront
// instance, when NEXT_CACHE_REDIS_URL is set (npm run stack:prod, docker compose): one revalidation
// (a delisting) reaches all instances at once. Without it next.config.ts does not load this file and
// each instance keeps Next's own cache on its disk (development, the single-instance e2e stack).
// No in-memory layer in front of Redis: a copy kept by one instance would outlive a revalidation
// made through another.
import { readFileSync } from "node:fs"
import { CacheHandler } from "@fortedigital/nextjs-cache-handler"
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings"
import { PHASE_PRODUCTION_BUILD } from "next/constants.js"
import { createClient } from "redis"

// per build: pages rendered by the previous deployment are never served by the next one
const buildId = (() => {
  try {
    return readFileSync(new URL("./.next/BUILD_ID", import.meta.url), "utf8").trim()
  } catch {
    return "build"
  }
})()
const KEY_PREFIX = `ocop:next:${buildId}:`

CacheHandler.onCreation(() => {
  // one Redis connection per process, also when Next creates several handler instances
  globalThis.ocopCacheHandlerConfig ??= (async () => {
    // the build prerenders with no Redis to talk to; what it writes stays in the build output
    if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [] }
    const client = createClient({ url: process.env.NEXT_CACHE_REDIS_URL, pingInterval: 10_000 })
    // a Redis restart: the client reconnects by itself; meanwhile pages render uncached
    client.on("error", (error) => console.warn(`[cache] Redis: ${error.message}`))
    try {
      await client.connect()
    } catch (error) {
      // Redis away at start: serve uncached now, try again for a later request
      console.warn(`[cache] Redis unreachable (${error.message}); serving without the shared cache`)
      globalThis.ocopCacheHandlerConfig = undefined
      await client.disconnect().catch(() => {})
      return { handlers: [] }
    }
    return { handlers: [createRedisHandler({ client, keyPrefix: KEY_PREFIX, timeoutMs: 1_000 })] }
  })()
  return globalThis.ocopCacheHandlerConfig
})

export default CacheHandler
