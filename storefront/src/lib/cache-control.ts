/**
 * Cache-Control of shop pages that read the query string (listings: `?page=`, `?sort=`), which
 * Next.js can only render per request and would otherwise mark `private, no-store`. Their content
 * is the same for every shopper (nothing on them reads cookies), so a CDN may keep each URL for
 * the same few seconds as a cached product page (ISR `revalidate = 5` there) and serve it stale
 * briefly while refetching: a spike on a listing reaches the storefront about once per
 * URL every 5 s, and a delisted product leaves the CDN's copy within seconds too.
 */
export const SHOP_CDN_MAX_AGE_SECONDS = 5
export const SHOP_CDN_STALE_SECONDS = 55

export const LISTING_CACHE_CONTROL = `public, s-maxage=${SHOP_CDN_MAX_AGE_SECONDS}, stale-while-revalidate=${SHOP_CDN_STALE_SECONDS}`

/** `/vi/products`, `/en/c/…`, `/vi/provinces/…`, `/vi/producers/<handle>`: the listing pages. */
const LISTING_PATH = /^\/[a-z]{2}\/(products|c(\/[^/]+){0,2}|provinces(\/[^/]+)?|producers\/[^/]+)\/?$/

/** The Cache-Control the middleware sets on a GET of `pathname`, or null to leave it to Next.js. */
export function listingCacheControl(method: string, pathname: string): string | null {
  if (method !== "GET" && method !== "HEAD") return null
  return LISTING_PATH.test(pathname) ? LISTING_CACHE_CONTROL : null
}
