/**
 * What every browse listing page does the same way: read `?page/sort/per`, fetch one page from
 * the backend, answer 404 past the last page, and describe itself for search engines.
 */
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { hasLocale } from "next-intl"
import { routing, type AppLocale } from "@/i18n/routing"
import {
  DEFAULT_LISTING_SORT,
  isVariantListingUrl,
  LISTING_PAGE_SIZE,
  type ListingFilters,
  type ListingParams,
  pageCount,
  parseListingParams,
} from "@/lib/browse"
import { browseProducts } from "@/lib/data/browse"
import { pageMetadata } from "@/lib/seo"
import type { SearchResponse } from "@ocop/contract"

export type RawParams = Record<string, string | string[] | undefined>

export function localeOf(raw: string): AppLocale {
  if (!hasLocale(routing.locales, raw)) notFound()
  return raw
}

/** The page of a listing the URL asks for; 404 for a bad or too-high page number. */
export async function loadListing(
  filters: ListingFilters,
  searchParams: RawParams
): Promise<{ params: ListingParams; result: SearchResponse }> {
  const params = parseListingParams(searchParams)
  if (!params) notFound()
  const result = await browseProducts(filters, { page: params.page, per: params.per, sort: params.sort })
  if (params.page > pageCount(result.count, params.per)) notFound()
  return { params, result }
}

/**
 * Metadata of a listing page: page 2+ is its own canonical URL (with `?page=`), other orders and
 * page sizes are variants kept out of the index, and so are empty listings.
 */
export async function listingMetadata({
  locale,
  path,
  searchParams,
  title,
  description,
  count,
}: {
  locale: AppLocale
  path: string
  searchParams: RawParams
  title: string
  description: string
  count?: number
}): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "metadata" })
  const params = parseListingParams(searchParams) ?? { page: 1, sort: DEFAULT_LISTING_SORT, per: LISTING_PAGE_SIZE }
  const page = params.page > 1 ? { page: String(params.page) } : undefined
  const tp = await getTranslations({ locale, namespace: "catalogue.pagination" })
  return pageMetadata({
    locale,
    path,
    query: page,
    title: params.page > 1 ? `${title} · ${tp("page", { page: params.page })}` : title,
    description,
    siteName: t("siteName"),
    index: !isVariantListingUrl(params) && count !== 0,
  })
}
