import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { SearchOutcome } from "@/lib/data/search"
import type { Lang } from "@/lib/labels"
import { bilingualMessage } from "@/lib/search-facets"
import { EMPTY_SEARCH, searchQuery, type SearchState, totalPages, withoutFilters } from "@/lib/search-params"
import ActiveFilters from "@/modules/search/components/active-filters"
import FacetPanel from "@/modules/search/components/facet-panel"
import SearchEmpty from "@/modules/search/components/search-empty"
import SearchPagination from "@/modules/search/components/search-pagination"
import SearchResultCard from "@/modules/search/components/search-result-card"
import SortSelect from "@/modules/search/components/sort-select"

type Props = {
  state: SearchState
  outcome: SearchOutcome
}

/** The results page: heading, filters (folded on phones), sort, results, pagination. */
export default function SearchTemplate({ state, outcome }: Props) {
  const t = useTranslations("search.results")
  const te = useTranslations("search.error")
  const tf = useTranslations("search.facets")
  const lang = useLocale() as Lang
  const result = outcome.ok ? outcome.result : null
  const count = result?.count ?? 0
  const first = result && result.hits.length > 0 ? result.offset + 1 : 0
  const last = result ? result.offset + result.hits.length : 0

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <header className="mb-5 sm:mb-8">
        <h1
          id="search-heading"
          data-testid="search-heading"
          className="break-words font-display text-2xl font-bold text-brand-900 sm:text-3xl"
        >
          {state.q ? t("titleQuery", { q: state.q }) : t("titleAll")}
        </h1>
        <p className="mt-1 text-sm text-muted">
          {result ? (
            <span data-testid="search-count" data-count={count} className="font-semibold text-ink">
              {t("count", { count })}
            </span>
          ) : null}
          {result ? " · " : null}
          {t("subtitle")}
        </p>
      </header>

      {!outcome.ok ? (
        <div role="alert" data-testid="search-error" className="rounded-2xl bg-status-expired/5 p-6 text-sm ring-1 ring-status-expired/30">
          <h2 className="font-semibold text-status-expired">{te("title")}</h2>
          <p className="mt-1 text-ink">{bilingualMessage(outcome.message, lang)}</p>
          <Link
            href={{
              pathname: "/search",
              query: state.q.length <= 200 ? searchQuery({ ...withoutFilters(state), sort: EMPTY_SEARCH.sort }) : {},
            }}
            className="mt-4 inline-flex rounded-full bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {te("clear")}
          </Link>
        </div>
      ) : (
        <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:items-start lg:gap-8">
          <aside aria-label={tf("title")} className="mb-4 lg:mb-0">
            <FacetPanel state={state} facets={result?.facets ?? null} />
          </aside>

          <section aria-labelledby="search-heading" data-testid="search-results">
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-muted" data-testid="search-range">
                {count > 0 ? t("range", { from: first, to: last, count }) : null}
              </p>
              <SortSelect state={state} />
            </div>
            <ActiveFilters state={state} />
            <h2 className="sr-only">{t("label")}</h2>
            {result && result.hits.length > 0 ? (
              <ul aria-label={t("label")} data-testid="search-result-grid" className="grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3">
                {result.hits.map((hit, i) => (
                  <li key={hit.id}>
                    <SearchResultCard hit={hit} priority={i < 4} />
                  </li>
                ))}
              </ul>
            ) : (
              <SearchEmpty state={state} />
            )}
            <SearchPagination state={state} totalPages={totalPages(count, result?.limit)} />
          </section>
        </div>
      )}
    </div>
  )
}
