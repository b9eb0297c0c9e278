/**
 * sitemap.xml entries from what the backend lists: every listable product (the search answers
 * only listable ones), the pages of their producers, provinces, sectors and product sets, and
 * the home and catalogue pages, each in both languages with hreflang alternates.
 */
import { isProvinceCode, isSectorCode, productSet, type SectorCode } from "@ocop/domain"
import type { MetadataRoute } from "next"
import { routing } from "@/i18n/routing"
import { browsePaths } from "@/lib/browse"
import { languageAlternates, localizedUrl } from "@/lib/seo"
import type { FacetValue } from "@/lib/search-types"

export type SitemapProduct = {
  handle: string
  producer: { handle: string } | null
  created_at?: string | null
}

export type SitemapInput = {
  origin: string
  products: SitemapProduct[]
  facets: { sector_code?: FacetValue[]; product_set?: FacetValue[]; province_code?: FacetValue[] }
  now: Date
}

type Entry = MetadataRoute.Sitemap[number]

function entries(
  origin: string,
  path: string,
  extra: Pick<Entry, "lastModified" | "changeFrequency" | "priority">
): Entry[] {
  const languages = languageAlternates(path, undefined, origin)
  return routing.locales.map((locale) => ({
    url: localizedUrl(locale, path, undefined, origin),
    ...extra,
    alternates: { languages },
  }))
}

function validDate(value: string | null | undefined): Date | undefined {
  if (!value) return undefined
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? undefined : d
}

export function buildSitemap({ origin, products, facets, now }: SitemapInput): MetadataRoute.Sitemap {
  const out: MetadataRoute.Sitemap = []
  const live = (values: FacetValue[] | undefined) => (values ?? []).filter((f) => f.count > 0).map((f) => f.value)

  out.push(...entries(origin, browsePaths.home(), { lastModified: now, changeFrequency: "daily", priority: 1 }))
  out.push(...entries(origin, browsePaths.products(), { lastModified: now, changeFrequency: "daily", priority: 0.8 }))
  out.push(...entries(origin, browsePaths.categories(), { changeFrequency: "weekly", priority: 0.5 }))
  out.push(...entries(origin, browsePaths.provinces(), { changeFrequency: "weekly", priority: 0.5 }))

  for (const code of live(facets.sector_code).filter(isSectorCode) as SectorCode[]) {
    out.push(...entries(origin, browsePaths.sector(code), { changeFrequency: "daily", priority: 0.7 }))
  }
  for (const raw of live(facets.product_set)) {
    const set = productSet(Number(raw))
    if (set) out.push(...entries(origin, browsePaths.productSet(set), { changeFrequency: "daily", priority: 0.6 }))
  }
  for (const code of live(facets.province_code).filter(isProvinceCode)) {
    out.push(...entries(origin, browsePaths.province(code), { changeFrequency: "daily", priority: 0.6 }))
  }

  const producers = new Set<string>()
  for (const p of products) {
    out.push(
      ...entries(origin, browsePaths.product(p.handle), {
        lastModified: validDate(p.created_at),
        changeFrequency: "weekly",
        priority: 0.9,
      })
    )
    if (p.producer?.handle) producers.add(p.producer.handle)
  }
  for (const handle of producers) {
    out.push(...entries(origin, browsePaths.producer(handle), { changeFrequency: "weekly", priority: 0.5 }))
  }
  return out
}
