import { createHmac } from "node:crypto"
import {
  certificateTag,
  LISTING_TAG,
  productTag,
  REVALIDATE_SIGNATURE_HEADER,
  REVALIDATE_TIMESTAMP_HEADER,
  type RevalidateBody,
} from "@ocop/contract"

/** Whether a storefront is configured to be told (seeds, tests and workers without one skip the work). */
export function storefrontRevalidationConfigured(): boolean {
  return !!process.env.STOREFRONT_URL && !!process.env.REVALIDATE_SECRET
}

/**
 * The storefront's revalidation headers: the signing time (Unix seconds) and the hex HMAC-SHA256 of
 * `<timestamp>.<body>`, so a captured call cannot be replayed once five minutes have passed
 * (storefront/src/lib/revalidate-signature.ts checks it).
 */
export function revalidationHeaders(body: string, secret: string, now = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000))
  return {
    [REVALIDATE_TIMESTAMP_HEADER]: timestamp,
    [REVALIDATE_SIGNATURE_HEADER]: createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex"),
  }
}

/**
 * Tells the storefront which cached pages to drop, signed (revalidationHeaders) so nobody else can
 * flush its cache. Failures are logged, never thrown: the 60 s revalidation of the
 * storefront's own cache is the fallback.
 */
export async function revalidateStorefront(tags: string[], logger?: { warn: (m: string) => void }) {
  const url = process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!url || !secret || !tags.length) {
    return
  }
  const body = JSON.stringify({ tags: [...new Set(tags)] } satisfies RevalidateBody)
  try {
    const response = await fetch(new URL("/api/revalidate", url), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...revalidationHeaders(body, secret),
      },
      body,
      // generous: a storefront in development compiles the route on its first call
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) {
      logger?.warn(`Storefront revalidation answered ${response.status}`)
    }
  } catch (error) {
    logger?.warn(`Storefront revalidation failed: ${(error as Error).message}`)
  }
}

/**
 * The tags a certificate or listing change drops (@ocop/contract's builders, the ones the
 * storefront's fetches carry): every listing, plus the pages of the products and certificates named.
 */
export function changedCatalogueTags(changed: { productHandles?: (string | null | undefined)[]; certificateCodes?: string[] }): string[] {
  const tags = [LISTING_TAG]
  for (const code of changed.certificateCodes ?? []) tags.push(certificateTag(code))
  for (const handle of changed.productHandles ?? []) if (handle) tags.push(productTag(handle))
  return tags
}
