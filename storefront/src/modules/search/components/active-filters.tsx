import { formatVnd, isCertifiedStars, STAR_LABELS } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Lang } from "@/lib/labels"
import { facetValueLabel } from "@/lib/search-facets"
import { type ActiveFilter, activeFilters, searchQuery, type SearchState, withoutFilter, withoutFilters } from "@/lib/search-params"

type Props = { state: SearchState }

/** The selected filters as removable chips above the results (the panel is folded on phones). */
export default function ActiveFilters({ state }: Props) {
  const t = useTranslations("search.active")
  const lang = useLocale() as Lang
  const filters = activeFilters(state)
  if (filters.length === 0) return null

  const wholeVnd = (v: string) => (/^\d+$/.test(v) ? formatVnd(Number(v)) : v)
  const label = ({ key, value }: ActiveFilter): string => {
    switch (key) {
      case "stars": {
        const n = Number(value)
        return isCertifiedStars(n) ? t("stars", { stars: STAR_LABELS[n][lang] }) : value
      }
      case "province":
      case "sector":
      case "product_set":
      case "producer_type":
        return facetValueLabel(key, value, lang)
      case "price_min":
        return t("priceMin", { price: wholeVnd(value) })
      case "price_max":
        return t("priceMax", { price: wholeVnd(value) })
      case "gi":
        return t("gi")
      case "producer":
        return t("producer", { producer: value })
      case "commune":
        return t("commune", { commune: value })
    }
  }

  return (
    <nav aria-label={t("label")} data-testid="active-filters" className="mb-4">
      <ul className="flex flex-wrap items-center gap-2">
        {filters.map((f) => {
          const text = label(f)
          return (
            <li key={`${f.key}-${f.value}`}>
              <Link
                href={{ pathname: "/search", query: searchQuery(withoutFilter(state, f)) }}
                rel="nofollow"
                scroll={false}
                aria-label={t("remove", { filter: text })}
                data-testid="active-filter"
                className="inline-flex max-w-full items-center gap-1.5 rounded-full bg-brand-50 py-1 pl-3 pr-2 text-xs font-semibold text-brand-900 ring-1 ring-brand-100 hover:bg-brand-100"
              >
                <span className="truncate">{text}</span>
                <span aria-hidden="true" className="text-sm leading-none text-brand-700">
                  ×
                </span>
              </Link>
            </li>
          )
        })}
        {filters.length > 1 && (
          <li>
            <Link
              href={{ pathname: "/search", query: searchQuery(withoutFilters(state)) }}
              rel="nofollow"
              scroll={false}
              className="px-1 text-xs font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {t("clearAll")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
