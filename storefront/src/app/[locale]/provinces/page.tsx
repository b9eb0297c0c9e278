import { PROVINCES } from "@ocop/domain"
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
    path: browsePaths.provinces(),
    title: t("browse.provinces.title"),
    description: t("browse.provinces.metaDescription"),
    siteName: t("metadata.siteName"),
  })
}

const collator = new Intl.Collator("vi")

/** The 34 provinces and cities: those with products first (most first), then the others by name. */
export default async function ProvincesPage({ params }: Props) {
  const locale = localeOf((await params).locale)
  const [t, all] = await Promise.all([getTranslations({ locale, namespace: "browse" }), countProducts({})])
  const counts = new Map(all.facets.province_code.map((f) => [f.value, f.count]))
  const provinces = [...PROVINCES].sort((a, b) => (counts.get(b.code) ?? 0) - (counts.get(a.code) ?? 0) || collator.compare(a.vi, b.vi))

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <Breadcrumbs items={[{ label: t("nav.home"), href: browsePaths.home() }, { label: t("nav.provinces") }]} className="mb-4" />
      <header className="mb-6 sm:mb-8">
        <h1 className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("provinces.title")}</h1>
        <p className="mt-2 max-w-3xl text-sm text-muted sm:text-base">{t("provinces.subtitle")}</p>
      </header>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
        {provinces.map((p) => {
          const count = counts.get(p.code) ?? 0
          return (
            <li key={p.code}>
              <Link
                href={browsePaths.province(p.code)}
                className={`flex h-full flex-col rounded-xl px-3 py-2.5 ring-1 transition-colors ${
                  count > 0 ? "bg-white ring-line hover:bg-brand-50 hover:ring-brand-200" : "bg-paper ring-line/70"
                }`}
              >
                <span className={`font-semibold ${count > 0 ? "text-brand-900" : "text-muted"}`}>{p.vi}</span>
                <span className="text-xs text-muted">{t("provinces.count", { count })}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
