import { sitemapPage } from "@/lib/data/sitemap"
import { siteUrl } from "@/lib/seo"
import { sitemapFiles, sitemapIndexXml } from "@/lib/sitemap"

// The origin comes from STOREFRONT_URL at run time; the counts from the backend (cached under `listing`).
export const dynamic = "force-dynamic"

/** /sitemap.xml: the index of every sitemap file the catalogue needs (lib/sitemap.ts). */
export async function GET(): Promise<Response> {
  const [products, producers] = await Promise.all([sitemapPage("products", 0, 1), sitemapPage("producers", 0, 1)])
  const files = sitemapFiles({ products: products.count, producers: producers.count })
  return new Response(sitemapIndexXml(siteUrl(), files, new Date()), {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=0, s-maxage=300" },
  })
}
