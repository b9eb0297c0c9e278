import type { MetadataRoute } from "next"
import { routing } from "@/i18n/routing"
import { siteUrl } from "@/lib/seo"

// The origin comes from STOREFRONT_URL at run time (one image, any host).
export const dynamic = "force-dynamic"

/** Shop pages are open to crawlers; carts, checkout, accounts and API routes are not. */
export default function robots(): MetadataRoute.Robots {
  const origin = siteUrl()
  const privatePaths = ["cart", "checkout", "account", "order"].flatMap((p) => routing.locales.map((l) => `/${l}/${p}`))
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", ...privatePaths] }],
    sitemap: `${origin}/sitemap.xml`,
  }
}
