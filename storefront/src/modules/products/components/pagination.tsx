import type { ComponentProps } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { pageWindow } from "@/lib/search-params"

type Href = ComponentProps<typeof Link>["href"]

type PageLinksProps = {
  page: number
  totalPages: number
  /** The URL of page `p`: every page is its own address, fetched by limit/offset from the backend. */
  href: (p: number) => Href
  testId: string
}

const BASE = "inline-flex h-10 min-w-10 items-center justify-center rounded-full px-3 text-sm font-medium ring-1 ring-line"

/** Previous/next and page numbers (first, last, the current page and its neighbours). */
export function PageLinks({ page, totalPages, href, testId }: PageLinksProps) {
  const t = useTranslations("catalogue.pagination")
  if (totalPages <= 1) return null

  return (
    <nav aria-label={t("label")} data-testid={testId} className="mt-10 flex flex-col items-center gap-3">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={`${BASE} bg-white hover:bg-brand-50`}>
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
                className={`${BASE} ${p === page ? "bg-brand-700 text-white ring-brand-700" : "bg-white hover:bg-brand-50"}`}
              >
                {p}
              </Link>
            </li>
          )
        )}
        {page < totalPages && (
          <li>
            <Link href={href(page + 1)} rel="next" className={`${BASE} bg-white hover:bg-brand-50`}>
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

type Props = {
  page: number
  totalPages: number
  pathname: string
  /** Query the listing keeps on every page (order, page size); `page` is added per link. */
  query?: Record<string, string>
}

/** A browse listing's pages: the listing's path with its query, page 1 without `page`. */
export default function Pagination({ page, totalPages, pathname, query = {} }: Props) {
  const href = (p: number) => {
    const { page: _ignored, ...rest } = query
    const q = p === 1 ? rest : { ...rest, page: String(p) }
    return Object.keys(q).length === 0 ? pathname : { pathname, query: q }
  }
  return <PageLinks page={page} totalPages={totalPages} href={href} testId="pagination" />
}
