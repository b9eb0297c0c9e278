import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { LISTING_SORTS, type ListingParams, listingQuery } from "@/lib/browse"

/** Orders as plain links (no JavaScript needed); each order is its own URL, paged by the backend. */
export default function SortNav({ pathname, params }: { pathname: string; params: ListingParams }) {
  const t = useTranslations("browse.listing.sort")
  return (
    <nav aria-label={t("label")} data-testid="sort-nav" className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
      <span aria-hidden="true" className="mr-1 font-medium text-muted">
        {t("label")}:
      </span>
      <ul className="flex flex-wrap gap-1">
        {LISTING_SORTS.map((sort) => {
          const current = sort === params.sort
          return (
            <li key={sort}>
              <Link
                href={{ pathname, query: listingQuery(params, { sort, page: 1 }) }}
                aria-current={current ? "true" : undefined}
                rel="nofollow"
                className={`inline-flex min-h-8 items-center rounded-full px-2.5 py-1 ${
                  current ? "bg-brand-50 font-semibold text-brand-800 ring-1 ring-brand-200" : "text-ink hover:bg-brand-50"
                }`}
              >
                {t(sort)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
