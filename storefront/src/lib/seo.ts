/**
 * Addresses for search engines: the public origin, canonical URLs and language alternates of a
 * page, and the Open Graph locale. Pure except for reading STOREFRONT_URL.
 */
import type { Metadata } from "next"
import { routing, type AppLocale } from "@/i18n/routing"

/** Public origin of the storefront (STOREFRONT_URL behind a proxy/CDN), without a trailing slash. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
}

/** A query string ("?page=2") or nothing; keys kept in the order given. */
function queryString(query?: Record<string, string>): string {
  if (!query) return ""
  const s = new URLSearchParams(query).toString()
  return s ? `?${s}` : ""
}

/** Absolute URL of a path ("/products/x", without locale) in one language. */
export function localizedUrl(locale: AppLocale, path: string, query?: Record<string, string>, origin: string = siteUrl()): string {
  const clean = path === "/" ? "" : path.startsWith("/") ? path : `/${path}`
  return `${origin}/${locale}${clean}${queryString(query)}`
}

/** hreflang alternates of a path: every locale, and x-default pointing to Vietnamese. */
export function languageAlternates(path: string, query?: Record<string, string>, origin: string = siteUrl()): Record<string, string> {
  const out: Record<string, string> = {}
  for (const l of routing.locales) out[l] = localizedUrl(l, path, query, origin)
  out["x-default"] = localizedUrl(routing.defaultLocale, path, query, origin)
  return out
}

export const OG_LOCALES: Record<AppLocale, string> = { vi: "vi_VN", en: "en_US" }

type PageMetadataInput = {
  locale: AppLocale
  /** Path without the locale prefix. */
  path: string
  /** Query that belongs to the canonical URL (a page number); not sort or page-size variants. */
  query?: Record<string, string>
  title: string
  description: string
  siteName: string
  images?: string[]
  /** false for pages that should not be indexed (re-ordered or empty listings). */
  index?: boolean
  type?: "website" | "article"
}

/**
 * Title, description, canonical + hreflang alternates and Open Graph of one page, as Next's
 * `generateMetadata` returns them.
 */
export function pageMetadata({
  locale,
  path,
  query,
  title,
  description,
  siteName,
  images,
  index = true,
  type = "website",
}: PageMetadataInput): Metadata {
  const origin = siteUrl()
  const url = localizedUrl(locale, path, query, origin)
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path, query, origin) },
    openGraph: {
      type,
      url,
      title,
      description,
      siteName,
      locale: OG_LOCALES[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALES[l]),
      ...(images && images.length > 0 ? { images } : {}),
    },
    ...(index ? {} : { robots: { index: false, follow: true } }),
  }
}

/** A description of at most `max` characters, cut at a word and ended with "…". */
export function clip(text: string | null | undefined, max = 160): string {
  const clean = (text ?? "").replace(/\s+/g, " ").trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  const space = cut.lastIndexOf(" ")
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`
}
