import { LISTING_TAG, type SitemapKind, type SitemapPage } from "@ocop/contract"
import { getSdk, REVALIDATE_SECONDS } from "@/lib/config"

/**
 * One page of GET /store/ocop/sitemap (listable products, or producers with one, by handle; the
 * whole catalogue, no 10,000 cap). Tagged `listing`: a delisting drops the cached pages.
 */
export async function sitemapPage(kind: SitemapKind, offset: number, limit: number): Promise<SitemapPage> {
  return getSdk().client.fetch<SitemapPage>("/store/ocop/sitemap", {
    method: "GET",
    query: { kind, offset: String(offset), limit: String(limit) },
    next: { tags: [LISTING_TAG], revalidate: REVALIDATE_SECONDS },
  })
}
