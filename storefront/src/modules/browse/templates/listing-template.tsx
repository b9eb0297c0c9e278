import type { ReactNode } from "react"
import type { ListingParams } from "@/lib/browse"
import type { SearchResponse } from "@ocop/contract"
import Breadcrumbs, { type Crumb } from "@/modules/common/components/breadcrumbs"
import ListingResults from "../components/listing-results"

type Props = {
  crumbs: Crumb[]
  eyebrow?: string
  title: string
  subtitle?: string
  /** Under the heading: a notice (tourism services) or sub-category chips. */
  children?: ReactNode
  result: SearchResponse
  params: ListingParams
  pathname: string
  emptyText?: string
}

/** A browse listing (all products, sector, product set, province): heading, chips, results. */
export default function ListingTemplate({ crumbs, eyebrow, title, subtitle, children, result, params, pathname, emptyText }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <Breadcrumbs items={crumbs} className="mb-4" />
      <header className="mb-5 sm:mb-7">
        {eyebrow && <p className="text-xs font-semibold uppercase tracking-wider text-clay-700">{eyebrow}</p>}
        <h1 className="mt-1 font-display text-2xl font-bold leading-tight text-brand-900 sm:text-3xl">{title}</h1>
        {subtitle && <p className="mt-2 max-w-3xl text-sm leading-relaxed text-muted sm:text-base">{subtitle}</p>}
      </header>
      {children && <div className="mb-6 space-y-4">{children}</div>}
      <ListingResults result={result} params={params} pathname={pathname} emptyText={emptyText} />
    </div>
  )
}
