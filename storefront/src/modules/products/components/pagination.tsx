import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

type Props = {
  page: number
  totalPages: number
  pathname: string
  /** Query the listing keeps on every page (order, page size); `page` is added per link. */
  query?: Record<string, string>
}

/** Page numbers to show: first, last, and the current page with its neighbours. */
function pageWindow(page: number, totalPages: number): (number | "gap")[] {
  const pages = new Set([1, totalPages, page - 1, page, page + 1])
  const sorted = [...pages].filter((p) => p >= 1 && p <= totalPages).sort((a, b) => a - b)
  const out: (number | "gap")[] = []
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push("gap")
    out.push(p)
  })
  return out
}

/** Previous/next and page numbers; each page is its own URL, fetched by limit/offset from the backend. */
export default function Pagination({ page, totalPages, pathname, query = {} }: Props) {
  const t = useTranslations("catalogue.pagination")
  if (totalPages <= 1) return null
  const href = (p: number) => {
    const { page: _ignored, ...rest } = query
    const q = p === 1 ? rest : { ...rest, page: String(p) }
    return Object.keys(q).length === 0 ? pathname : { pathname, query: q }
  }
  const base =
    "inline-flex h-10 min-w-10 items-center justify-center rounded-full px-3 text-sm font-medium ring-1 ring-line"

  return (
    <nav aria-label={t("label")} data-testid="pagination" className="mt-10 flex flex-col items-center gap-3">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className={`${base} bg-white hover:bg-brand-50`}>
              <span aria-hidden="true">←</span>
              <span className="ml-1 hidden sm:inline">{t("previous")}</span>
              <span className="sr-only sm:hidden">{t("previous")}</span>
            </Link>
          ) : null}
        </li>
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
        <li>
          {page < totalPages ? (
            <Link href={href(page + 1)} rel="next" className={`${base} bg-white hover:bg-brand-50`}>
              <span className="mr-1 hidden sm:inline">{t("next")}</span>
              <span className="sr-only sm:hidden">{t("next")}</span>
              <span aria-hidden="true">→</span>
            </Link>
          ) : null}
        </li>
      </ul>
      <p className="text-xs text-muted">{t("status", { page, total: totalPages })}</p>
    </nav>
  )
}
