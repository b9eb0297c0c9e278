import { productSetsInSector, SECTORS } from "@ocop/domain"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { browsePaths } from "@/lib/browse"
import { localeOf } from "@/lib/browse-page"
import { countProducts } from "@/lib/data/browse"
import { pageMetadata } from "@/lib/seo"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale)
  const t = await getTranslations({ locale })
  return pageMetadata({
    locale,
    path: browsePaths.categories(),
    title: t("browse.categories.title"),
    description: t("browse.categories.metaDescription"),
    siteName: t("metadata.siteName"),
  })
}

/** The 6 sectors and their product sets, with how many listable products each has. */
export default async function CategoriesPage({ params }: Props) {
  const locale = localeOf((await params).locale)
  const [t, all] = await Promise.all([getTranslations({ locale, namespace: "browse" }), countProducts({})])
  const sectorCounts = new Map(all.facets.sector_code.map((f) => [f.value, f.count]))
  const setCounts = new Map(all.facets.product_set.map((f) => [f.value, f.count]))

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <Breadcrumbs items={[{ label: t("nav.home"), href: browsePaths.home() }, { label: t("nav.categories") }]} className="mb-4" />
      <header className="mb-6 sm:mb-8">
        <h1 className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("categories.title")}</h1>
        <p className="mt-2 max-w-3xl text-sm text-muted sm:text-base">{t("categories.subtitle")}</p>
      </header>
      <ul className="grid gap-4 md:grid-cols-2">
        {SECTORS.map((sector) => {
          const count = sectorCounts.get(sector.code) ?? 0
          return (
            <li key={sector.code} className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5" data-testid="sector-card">
              <p className="text-xs font-semibold uppercase tracking-wider text-clay-700">{t("sector.eyebrow", { code: sector.code })}</p>
              <h2 className="mt-1 font-display text-lg font-bold text-brand-900">
                <Link href={browsePaths.sector(sector.code)} className="hover:underline">
                  {sector[locale]}
                </Link>
              </h2>
              <p className="text-sm text-muted">{t("categories.sectorCount", { count })}</p>
              <ul className="mt-3 flex flex-wrap gap-2">
                {productSetsInSector(sector.code).map((set) => {
                  const n = setCounts.get(String(set.code)) ?? 0
                  return (
                    <li key={set.code}>
                      {n > 0 ? (
                        <Link
                          href={browsePaths.productSet(set)}
                          className="inline-flex min-h-8 items-center gap-1.5 rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900 ring-1 ring-brand-100 hover:bg-brand-100"
                        >
                          {set[locale]}
                          <span className="text-xs tabular-nums text-brand-800">({n})</span>
                        </Link>
                      ) : (
                        <span className="inline-flex min-h-8 items-center rounded-full px-3 py-1 text-sm text-muted ring-1 ring-line">
                          {set[locale]}
                        </span>
                      )}
                    </li>
                  )
                })}
              </ul>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
