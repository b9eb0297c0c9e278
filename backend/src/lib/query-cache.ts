/**
 * Query options for the store's read-mostly graphs (products of a page, a product, the region's
 * currency): served from Medusa's Caching Module when it is on (MEDUSA_FF_CACHING, medusa-config.ts),
 * read from the database otherwise. Entries are tagged with every entity the answer holds, so
 * Medusa's mutation events drop them; subscribers/drop-product-cache.ts adds what those events cannot
 * see (a certificate linked to a product). Which products are listed is never cached: the listing
 * rule runs in SQL on every request (lib/catalogue/listed-products.ts).
 */
export const QUERY_CACHE = { cache: { enable: true } } as const
