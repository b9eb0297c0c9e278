import { createHmac, timingSafeEqual } from "node:crypto"
import { REVALIDATE_SIGNATURE_HEADER, REVALIDATE_TIMESTAMP_HEADER } from "@ocop/contract"

/** Header carrying the hex HMAC-SHA256 of `<timestamp>.<raw body>` (the backend signs with the same name). */
export const SIGNATURE_HEADER = REVALIDATE_SIGNATURE_HEADER
/** Header carrying the signing time in Unix seconds; part of what is signed. */
export const TIMESTAMP_HEADER = REVALIDATE_TIMESTAMP_HEADER
/** A call signed longer ago than this (or this far in the future) is refused. */
export const TOLERANCE_SECONDS = 5 * 60

/** Next.js refuses cache tags longer than this. */
const MAX_TAG_LENGTH = 256
const MAX_TAGS = 128

export function signBody(rawBody: string, timestamp: string, secret: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex")
}

export type SignatureCheck = { ok: true } | { ok: false; reason: "unsigned" | "stale" | "invalid" | "replayed" }

/**
 * Signatures already accepted within the tolerance window: the same signed call sent again is a
 * replay. Kept per server process, which is as far as a replay can reach inside five minutes.
 */
export class SeenSignatures {
  private readonly seen = new Map<string, number>()

  /** Records `signature` (expiring at `expiresAt`, ms); false when it was already recorded. */
  add(signature: string, expiresAt: number, now: number): boolean {
    for (const [key, expiry] of this.seen) if (expiry <= now) this.seen.delete(key)
    if (this.seen.has(signature)) return false
    this.seen.set(signature, expiresAt)
    return true
  }
}

/**
 * Accepts a call only when `signature` is the hex HMAC-SHA256 of `<timestamp>.<rawBody>` under
 * `secret`, signed less than five minutes from `now`, and not seen before. Compares in constant
 * time; refuses everything when no secret is configured.
 */
export function checkSignature(input: {
  rawBody: string
  signature: string | null | undefined
  timestamp: string | null | undefined
  secret: string | null | undefined
  now: number
  seen?: SeenSignatures
}): SignatureCheck {
  const { rawBody, signature, timestamp, secret, now, seen } = input
  if (!secret || !signature || !timestamp) return { ok: false, reason: "unsigned" }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "invalid" }
  const signedAt = Number(timestamp) * 1000
  if (Math.abs(now - signedAt) > TOLERANCE_SECONDS * 1000) return { ok: false, reason: "stale" }
  const provided = signature.trim().toLowerCase()
  if (!/^[0-9a-f]{64}$/.test(provided)) return { ok: false, reason: "invalid" }
  const expected = Buffer.from(signBody(rawBody, timestamp, secret), "hex")
  if (!timingSafeEqual(expected, Buffer.from(provided, "hex"))) return { ok: false, reason: "invalid" }
  if (seen && !seen.add(provided, signedAt + TOLERANCE_SECONDS * 1000, now)) return { ok: false, reason: "replayed" }
  return { ok: true }
}

/** The cache tags of a `{ "tags": string[] }` body, or null when the body is not that shape. */
export function parseRevalidateBody(rawBody: string): string[] | null {
  let body: unknown
  try {
    body = JSON.parse(rawBody)
  } catch {
    return null
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null
  const tags = (body as { tags?: unknown }).tags
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > MAX_TAGS) return null
  const valid = tags.every((tag) => typeof tag === "string" && tag.length > 0 && tag.length <= MAX_TAG_LENGTH)
  return valid ? [...new Set(tags as string[])] : null
}
