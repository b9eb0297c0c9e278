import { MAX_PAGE_SIZE } from "@/lib/browse"
import { browseProducts } from "@/lib/data/browse"
import { sitemapPage } from "@/lib/data/sitemap"
import { siteUrl } from "@/lib/seo"
import { browseSitemap, itemSitemap, parseSitemapFile, urlsetXml } from "@/lib/sitemap"

export const dynamic = "force-dynamic"

/** /sitemaps/browse.xml, /sitemaps/products-<n>.xml, /sitemaps/producers-<n>.xml (listed by /sitemap.xml). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = parseSitemapFile((await params).file)
  if (!file) return new Response("Not found", { status: 404 })
  const origin = siteUrl()
  let xml: string
  if (file.kind === "browse") {
    // the facets of the whole listable catalogue say which sectors, sets and provinces have products
    const { facets } = await browseProducts({}, { page: 1, per: MAX_PAGE_SIZE, sort: "newest" })
    xml = urlsetXml(browseSitemap({ origin, facets, now: new Date() }))
  } else {
    const page = await sitemapPage(file.kind, file.offset, file.limit)
    if (file.offset > 0 && file.offset >= page.count) return new Response("Not found", { status: 404 })
    xml = urlsetXml(itemSitemap(origin, file.kind, page.items))
  }
  return new Response(xml, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=0, s-maxage=300" },
  })
}
