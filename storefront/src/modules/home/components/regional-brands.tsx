import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { EMPTY_SEARCH, searchQuery } from "@/lib/search-params"
import type { RegionalBrand } from "../regional-brands"
import SectionHeader from "./section-header"

type Props = {
  brands: { brand: RegionalBrand; count: number }[]
}

/** Place-named specialities; each card opens the search for it (words and province). */
export default function RegionalBrands({ brands }: Props) {
  const t = useTranslations("browse.home.brands")
  return (
    <section aria-labelledby="home-brands-title" data-testid="home-brands" className="border-y border-line bg-clay-50/60">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
        <SectionHeader id="home-brands-title" title={t("title")} subtitle={t("subtitle")} />
        {/* a swipeable row on phones, a grid from `sm` up */}
        <ul className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 pb-2 [scrollbar-width:thin] sm:mx-0 sm:grid sm:grid-cols-2 sm:overflow-visible sm:px-0 sm:pb-0 lg:grid-cols-5">
          {brands.map(({ brand, count }) => (
            <li key={brand.key} className="w-[15.5rem] shrink-0 snap-start sm:w-auto">
              <article className="group relative flex h-full flex-col rounded-2xl bg-white p-4 ring-1 ring-clay-100 transition-shadow focus-within:ring-2 focus-within:ring-brand-600 hover:shadow-md">
                <h3 className="font-display text-lg font-bold leading-snug text-clay-700">
                  <Link
                    href={{
                      pathname: "/search",
                      query: searchQuery({ ...EMPTY_SEARCH, q: brand.q, province: brand.province ? [brand.province] : [] }),
                    }}
                    className="outline-none after:absolute after:inset-0 after:content-['']"
                  >
                    {t(`${brand.key}.name`)}
                  </Link>
                </h3>
                <p className="mt-1 flex-1 text-sm leading-relaxed text-muted">{t(`${brand.key}.body`)}</p>
                <p className="mt-3 text-sm font-semibold text-brand-700">
                  {t("count", { count })} <span aria-hidden="true">→</span>
                </p>
              </article>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
