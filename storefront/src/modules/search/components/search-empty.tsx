import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { activeFilters, POPULAR_SEARCHES, searchQuery, type SearchState, withoutFilters } from "@/lib/search-params"

type Props = { state: SearchState }

/** Nothing found: say so, offer to drop the filters and suggest popular searches. */
export default function SearchEmpty({ state }: Props) {
  const t = useTranslations("search.empty")
  const tp = useTranslations("search.popular")
  const filterCount = activeFilters(state).length

  return (
    <div data-testid="search-empty" className="rounded-2xl bg-white p-6 text-center ring-1 ring-line sm:p-10">
      <span aria-hidden="true" className="mx-auto flex size-14 items-center justify-center rounded-full bg-brand-50 text-brand-700">
        <svg viewBox="0 0 20 20" className="size-6 fill-current">
          <path d="M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4 4a1 1 0 0 1-1.4 1.4l-4-4A6.5 6.5 0 1 1 8.5 2zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z" />
        </svg>
      </span>
      <h2 className="mt-4 font-display text-xl font-bold text-ink sm:text-2xl">{state.q ? t("titleQuery", { q: state.q }) : t("title")}</h2>
      <p className="mx-auto mt-2 max-w-prose text-sm leading-relaxed text-muted">{t("body")}</p>

      {filterCount > 0 && (
        <div className="mx-auto mt-5 max-w-prose rounded-xl bg-clay-50 p-4 text-sm text-clay-700 ring-1 ring-clay-100">
          <p>{t("dropFilters", { count: filterCount })}</p>
          <Link
            href={{ pathname: "/search", query: searchQuery(withoutFilters(state)) }}
            rel="nofollow"
            data-testid="empty-clear-filters"
            className="mt-2 inline-flex font-semibold text-clay-700 underline underline-offset-2 hover:text-ink"
          >
            {t("clearFilters")}
          </Link>
        </div>
      )}

      <h3 className="mt-8 text-xs font-bold uppercase tracking-wide text-muted">{t("popular")}</h3>
      <ul data-testid="popular-searches" className="mt-3 flex flex-wrap justify-center gap-2">
        {POPULAR_SEARCHES.map(({ key, q }) => (
          <li key={key}>
            <Link
              href={{ pathname: "/search", query: { q } }}
              className="inline-flex rounded-full bg-brand-50 px-4 py-2 text-sm font-semibold text-brand-800 ring-1 ring-brand-100 hover:bg-brand-100"
            >
              {tp(key)}
            </Link>
          </li>
        ))}
      </ul>

      <p className="mt-8">
        <Link href="/products" className="text-sm font-semibold text-brand-700 underline underline-offset-2">
          {t("allProducts")}
        </Link>
      </p>
    </div>
  )
}
