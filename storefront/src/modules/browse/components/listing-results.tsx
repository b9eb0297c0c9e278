import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { type ListingParams, listingQuery, pageCount } from "@/lib/browse"
import type { SearchResponse } from "@ocop/contract"
import Pagination from "@/modules/products/components/pagination"
import ListingGrid from "./listing-grid"
import SortNav from "./sort-nav"

type Props = {
  result: SearchResponse
  params: ListingParams
  /** This listing's path (without locale), for the sort and page links. */
  pathname: string
  /** Accessible name of the results list. */
  label?: string
  emptyText?: string
  headingLevel?: "h2" | "h3"
}

/**
 * Count and order, the page of products the backend returned, and page links. Nothing is
 * sorted or sliced here: every page is one limit/offset request.
 */
export default function ListingResults({ result, params, pathname, label, emptyText, headingLevel }: Props) {
  const t = useTranslations("browse.listing")
  const { hits, count } = result
  const from = hits.length > 0 ? result.offset + 1 : 0
  const to = result.offset + hits.length

  return (
    <div data-testid="listing" data-count={count}>
      <div className="mb-4 flex flex-col gap-2 border-b border-line pb-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-muted" data-testid="listing-count" data-count={count}>
          <span className="font-semibold text-ink">{t("count", { count })}</span>
          {count > hits.length && hits.length > 0 ? <> · {t("range", { from, to, count })}</> : null}
        </p>
        {count > 1 && <SortNav pathname={pathname} params={params} />}
      </div>
      {hits.length === 0 ? (
        <div className="rounded-2xl bg-white p-8 text-center ring-1 ring-line" data-testid="listing-empty">
          <p className="text-muted">{emptyText ?? t("empty")}</p>
          <Link
            href="/products"
            className="mt-4 inline-flex rounded-full bg-brand-700 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-800"
          >
            {t("emptyBack")}
          </Link>
        </div>
      ) : (
        <ListingGrid hits={hits} label={label ?? t("results")} headingLevel={headingLevel} />
      )}
      <Pagination page={params.page} totalPages={pageCount(count, params.per)} pathname={pathname} query={listingQuery(params)} />
    </div>
  )
}
