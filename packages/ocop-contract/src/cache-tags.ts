/**
 * The storefront's cache tags: its fetches carry them (`next: { tags }`) and the backend's
 * revalidation call names them (`POST <storefront>/api/revalidate { tags }`). One builder per tag,
 * used on both sides, so a page is always dropped by the tag it was cached under.
 */

/** Every listing surface: catalogue, search, browse pages, sitemaps, and the product and producer pages. */
export const LISTING_TAG = "listing"

/** Stock figures of product pages (Medusa's own GET /store/products). */
export const STOCK_TAG = "stock"

/** One product's page and its stock, by handle. */
export const productTag = (handle: string): string => `product-${handle}`

/** One producer's page, by handle. */
export const producerTag = (handle: string): string => `producer-${handle}`

/** The public verification page of one certificate, by verification code. */
export const certificateTag = (verificationCode: string): string => `certificate-${verificationCode}`

/** Headers of the signed revalidation call: the signing time (Unix seconds) and the HMAC of `<timestamp>.<body>`. */
export const REVALIDATE_TIMESTAMP_HEADER = "x-ocop-timestamp"
export const REVALIDATE_SIGNATURE_HEADER = "x-ocop-signature"

/** The body of the revalidation call. */
export type RevalidateBody = { tags: string[] }
