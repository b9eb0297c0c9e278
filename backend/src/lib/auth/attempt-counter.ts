import Redis from "ioredis"

/**
 * Counters over a fixed window, shared by every backend instance through Redis when REDIS_URL is
 * set (a counter in one process would let an attacker spread guesses over instances); in memory
 * otherwise (development on one process).
 */
export type AttemptCounter = {
  /** Adds one to `key` (the window starts at the first hit) and returns the count and seconds left. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; retryAfterSeconds: number }>
  /** Takes one back (an attempt that turned out not to be a guess). */
  undo(key: string): Promise<void>
  /** Forgets `key` (a successful login clears the account's failures). */
  reset(key: string): Promise<void>
}

class RedisAttemptCounter implements AttemptCounter {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowSeconds: number) {
    const results = await this.redis.multi().set(key, 0, "EX", windowSeconds, "NX").incr(key).ttl(key).exec()
    const count = Number(results?.[1]?.[1] ?? 1)
    const ttl = Number(results?.[2]?.[1] ?? windowSeconds)
    return { count, retryAfterSeconds: ttl > 0 ? ttl : windowSeconds }
  }

  async undo(key: string) {
    // never below zero, and never resurrects an expired key without its expiry
    await this.redis.eval(
      "if (tonumber(redis.call('GET', KEYS[1]) or '0') > 0) then return redis.call('DECR', KEYS[1]) end return 0",
      1,
      key
    )
  }

  async reset(key: string) {
    await this.redis.del(key)
  }
}

class MemoryAttemptCounter implements AttemptCounter {
  private readonly entries = new Map<string, { count: number; expiresAt: number }>()

  private live(key: string) {
    const entry = this.entries.get(key)
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  async hit(key: string, windowSeconds: number) {
    const entry = this.live(key) ?? { count: 0, expiresAt: Date.now() + windowSeconds * 1000 }
    entry.count++
    this.entries.set(key, entry)
    return { count: entry.count, retryAfterSeconds: Math.max(1, Math.ceil((entry.expiresAt - Date.now()) / 1000)) }
  }

  async undo(key: string) {
    const entry = this.live(key)
    if (entry && entry.count > 0) entry.count--
  }

  async reset(key: string) {
    this.entries.delete(key)
  }
}

let counter: AttemptCounter | undefined

/** The process's counter: Redis when REDIS_URL is set, memory otherwise. */
export function attemptCounter(): AttemptCounter {
  if (!counter) {
    const url = process.env.REDIS_URL
    counter = url
      ? new RedisAttemptCounter(new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false, enableOfflineQueue: true }))
      : new MemoryAttemptCounter()
  }
  return counter
}
