import type { MetadataRoute } from "next"
import { MAX_PAGE_SIZE } from "@/lib/browse"
import { browseProducts } from "@/lib/data/browse"
import { siteUrl } from "@/lib/seo"
import type { SearchHit } from "@/lib/search-types"
import { buildSitemap } from "@/lib/sitemap"

// Built per request from the backend (cached under the `listing` tag), never at build time.
export const dynamic = "force-dynamic"

/** The backend pages search results up to offset 10,000. */
const MAX_OFFSET = 10_000
/** Requests in flight at once while paging through the catalogue. */
const CONCURRENCY = 4

/**
 * /sitemap.xml: every listable product (the search endpoint serves listable products only, so
 * an expired, suspended or revoked one is never in it) and the browse pages that have products,
 * in Vietnamese and English with hreflang alternates.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const first = await browseProducts({}, { page: 1, per: MAX_PAGE_SIZE, sort: "newest" })
  const hits: SearchHit[] = [...first.hits]
  const pages = Math.ceil(Math.min(first.count, MAX_OFFSET + MAX_PAGE_SIZE) / MAX_PAGE_SIZE)
  for (let page = 2; page <= pages; page += CONCURRENCY) {
    const batch = Array.from({ length: Math.min(CONCURRENCY, pages - page + 1) }, (_, i) => page + i)
    const results = await Promise.all(
      batch.map((p) => browseProducts({}, { page: p, per: MAX_PAGE_SIZE, sort: "newest" }))
    )
    for (const r of results) hits.push(...r.hits)
  }
  return buildSitemap({ origin: siteUrl(), products: hits, facets: first.facets, now: new Date() })
}
