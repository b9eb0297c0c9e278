import { createHmac, timingSafeEqual } from "node:crypto"

/** Header carrying the hex HMAC-SHA256 of the raw request body. */
export const SIGNATURE_HEADER = "x-ocop-signature"

/** Next.js refuses cache tags longer than this. */
const MAX_TAG_LENGTH = 256
const MAX_TAGS = 128

export function signBody(rawBody: string, secret: string): string {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("hex")
}

/**
 * True when `signature` is the hex HMAC-SHA256 of `rawBody` under `secret`. Compares in
 * constant time; refuses everything when no secret is configured.
 */
export function isValidSignature(
  rawBody: string,
  signature: string | null | undefined,
  secret: string | null | undefined
): boolean {
  if (!secret || !signature) return false
  const provided = signature.trim().toLowerCase()
  if (!/^[0-9a-f]{64}$/.test(provided)) return false
  const expected = Buffer.from(signBody(rawBody, secret), "hex")
  return timingSafeEqual(expected, Buffer.from(provided, "hex"))
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
  const valid = tags.every(
    (tag) => typeof tag === "string" && tag.length > 0 && tag.length <= MAX_TAG_LENGTH
  )
  return valid ? [...new Set(tags as string[])] : null
}
