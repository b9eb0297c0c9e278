/**
 * The sitemap of the whole catalogue, split as search engines require (at most 50,000 URLs a
 * file): /sitemap.xml is an index of /sitemaps/browse.xml (home, catalogue, sectors, product sets,
 * provinces that have products), /sitemaps/products-<n>.xml (every listable product, PRODUCTS_PER_FILE
 * a file, in handle order) and /sitemaps/producers-<n>.xml (producers with a listed product); each
 * page in both languages with hreflang alternates. Pure functions: the routes fetch, these decide.
 */
import { isProvinceCode, isSectorCode, productSet, type SectorCode } from "@ocop/domain"
import type { MetadataRoute } from "next"
import { routing } from "@/i18n/routing"
import { browsePaths } from "@/lib/browse"
import { languageAlternates, localizedUrl } from "@/lib/seo"
import type { FacetValue, SitemapItem, SitemapKind } from "@ocop/contract"

/** A product or producer page as GET /store/ocop/sitemap lists it (@ocop/contract). */
export type { SitemapItem, SitemapKind }

/** Products (or producers) a sitemap file holds: 2 URLs each (vi, en), well below 50,000 a file. */
export const PRODUCTS_PER_FILE = 5000

export type BrowseSitemapInput = {
  origin: string
  facets: { sector_code?: FacetValue[]; product_set?: FacetValue[]; province_code?: FacetValue[] }
  now: Date
}

type Entry = MetadataRoute.Sitemap[number]

function entries(origin: string, path: string, extra: Pick<Entry, "lastModified" | "changeFrequency" | "priority">): Entry[] {
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

/** The files the sitemap index lists, given how many products and producers the backend has. */
export function sitemapFiles(counts: Record<SitemapKind, number>, perFile = PRODUCTS_PER_FILE): string[] {
  const files = ["browse.xml"]
  for (const kind of ["products", "producers"] as const) {
    for (let n = 0; n < Math.ceil(counts[kind] / perFile); n++) files.push(`${kind}-${n}.xml`)
  }
  return files
}

export type SitemapFile = { kind: "browse" } | { kind: SitemapKind; offset: number; limit: number }

/** What a file name asks for, or null for a name sitemapFiles never gives (→ 404). */
export function parseSitemapFile(name: string, perFile = PRODUCTS_PER_FILE): SitemapFile | null {
  if (name === "browse.xml") return { kind: "browse" }
  const match = /^(products|producers)-(0|[1-9]\d{0,5})\.xml$/.exec(name)
  if (!match) return null
  return { kind: match[1] as SitemapKind, offset: Number(match[2]) * perFile, limit: perFile }
}

/** Home, catalogue, and the sector, product set and province pages that have products. */
export function browseSitemap({ origin, facets, now }: BrowseSitemapInput): MetadataRoute.Sitemap {
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
  return out
}

/** One products-<n> or producers-<n> file: each page in both languages. */
export function itemSitemap(origin: string, kind: SitemapKind, items: SitemapItem[]): MetadataRoute.Sitemap {
  const path = kind === "products" ? browsePaths.product : browsePaths.producer
  return items.flatMap((item) =>
    entries(origin, path(item.handle), {
      lastModified: validDate(item.updated_at),
      changeFrequency: "weekly",
      priority: kind === "products" ? 0.9 : 0.5,
    })
  )
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!)

const isoDate = (d: string | Date | undefined) => (d === undefined ? undefined : new Date(d).toISOString())

/** <urlset> with hreflang alternates (xhtml:link), as search engines read it. */
export function urlsetXml(sitemap: MetadataRoute.Sitemap): string {
  const urls = sitemap.map((e) => {
    const parts = [`<loc>${escapeXml(e.url)}</loc>`]
    for (const [lang, href] of Object.entries(e.alternates?.languages ?? {})) {
      parts.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(String(href))}"/>`)
    }
    const lastmod = isoDate(e.lastModified)
    if (lastmod) parts.push(`<lastmod>${lastmod}</lastmod>`)
    if (e.changeFrequency) parts.push(`<changefreq>${e.changeFrequency}</changefreq>`)
    if (e.priority !== undefined) parts.push(`<priority>${e.priority}</priority>`)
    return `<url>${parts.join("")}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`
}

/** <sitemapindex> of `files` under /sitemaps/. */
export function sitemapIndexXml(origin: string, files: string[], now: Date): string {
  const items = files.map(
    (f) => `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${f}`)}</loc><lastmod>${now.toISOString()}</lastmod></sitemap>`
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`
}
