import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { searchProducts } from "@/lib/data/search"
import { parseSearchParams, type RawSearchParams, searchQuery, totalPages } from "@/lib/search-params"
import SearchTemplate from "@/modules/search/templates/search-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawSearchParams>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const { q } = parseSearchParams(await searchParams)
  const t = await getTranslations({ locale: locale as AppLocale, namespace: "search.metadata" })
  // result pages are for people, not for the index: one page per filter combination
  return { title: q ? t("titleWithQuery", { q }) : t("title"), robots: { index: false, follow: true } }
}

/**
 * Search results, rendered on the server from the URL alone (`?q=…&stars=…&province=…&page=…`),
 * so the first page works without JavaScript and every state has a shareable address.
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  const state = parseSearchParams(await searchParams)
  const outcome = await searchProducts(state)

  if (outcome.ok && outcome.result.hits.length === 0 && state.page > 1) {
    // past the last page (an old link after products were delisted): go to the last one
    const last = totalPages(outcome.result.count, outcome.result.limit)
    redirect({
      href: { pathname: "/search", query: searchQuery({ ...state, page: last }) },
      locale: locale as AppLocale,
    })
  }

  return <SearchTemplate state={state} outcome={outcome} />
}
