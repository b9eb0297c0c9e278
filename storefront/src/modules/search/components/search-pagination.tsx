import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { pageWindow, searchQuery, type SearchState } from "@/lib/search-params"

type Props = {
  state: SearchState
  totalPages: number
}

/** Previous/next and page numbers; each page is its own URL (the backend pages by offset). */
export default function SearchPagination({ state, totalPages }: Props) {
  const t = useTranslations("catalogue.pagination")
  if (totalPages <= 1) return null
  const page = state.page
  const href = (p: number) => ({ pathname: "/search", query: searchQuery({ ...state, page: p }) })
  const base =
    "inline-flex h-10 min-w-10 items-center justify-center rounded-full px-3 text-sm font-medium ring-1 ring-line"

  return (
    <nav aria-label={t("label")} data-testid="search-pagination" className="mt-10 flex flex-col items-center gap-3">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={`${base} bg-white hover:bg-brand-50`}>
              <span aria-hidden="true">←</span>
              <span className="ml-1 hidden sm:inline">{t("previous")}</span>
              <span className="sr-only sm:hidden">{t("previous")}</span>
            </Link>
          </li>
        )}
        {pageWindow(page, totalPages).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={href(p)}
                aria-label={t("page", { page: p })}
                aria-current={p === page ? "page" : undefined}
                className={`${base} ${p === page ? "bg-brand-700 text-white ring-brand-700" : "bg-white hover:bg-brand-50"}`}
              >
                {p}
              </Link>
            </li>
          )
        )}
        {page < totalPages && (
          <li>
            <Link href={href(page + 1)} rel="next" className={`${base} bg-white hover:bg-brand-50`}>
              <span className="mr-1 hidden sm:inline">{t("next")}</span>
              <span className="sr-only sm:hidden">{t("next")}</span>
              <span aria-hidden="true">→</span>
            </Link>
          </li>
        )}
      </ul>
      <p className="text-xs text-muted">{t("status", { page, total: totalPages })}</p>
    </nav>
  )
}
