import { PROVINCES, SECTORS } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { browsePaths } from "@/lib/browse"
import type { FacetValue } from "@ocop/contract"
import SectionHeader from "./section-header"

type Props = {
  sectors: FacetValue[]
  provinces: FacetValue[]
}

const SECTOR_ICONS: Record<string, string> = {
  I: "M4 10a6 6 0 0 1 12 0v1H4v-1zm-1 3h14l-1.5 4h-11L3 13zm7-10c1 0 2-1 2-2H8c0 1 1 2 2 2z",
  II: "M6 2h8l-1 6a3 3 0 0 1-6 0L6 2zm3 10h2v4h3v2H6v-2h3v-4z",
  III: "M10 2c4 2 6 6 6 10a6 6 0 0 1-12 0c0-4 2-8 6-10zm0 4v10c2-1 3-3 3-5s-1-4-3-5z",
  IV: "M3 6l7-4 7 4v8l-7 4-7-4V6zm7 2L5 5.5v7l5 3 5-3v-7L10 8z",
  V: "M10 2a3 3 0 0 1 3 3c2 0 4 2 3 4s-3 2-4 1c1 2 0 4-2 4s-3-2-2-4c-1 1-3 1-4-1s1-4 3-4a3 3 0 0 1 3-3zm-1 13h2v4H9v-4z",
  VI: "M2 16l5-9 3 5 2-3 6 7H2zm11-12a2 2 0 1 1 0 4 2 2 0 0 1 0-4z",
}

/** Entry points into the catalogue by OCOP sector and by province, with live product counts. */
export default function BrowseBy({ sectors, provinces }: Props) {
  const t = useTranslations("browse")
  const locale = useLocale() as "vi" | "en"
  const sectorCounts = new Map(sectors.map((f) => [f.value, f.count]))
  const withProducts = provinces.filter((f) => f.count > 0 && PROVINCES.some((p) => p.code === f.value)).slice(0, 8)

  return (
    <div className="mx-auto max-w-6xl space-y-12 px-4 py-8 sm:px-6 sm:py-12">
      <section aria-labelledby="home-sectors-title" data-testid="home-sectors">
        <SectionHeader
          id="home-sectors-title"
          title={t("home.sectors.title")}
          subtitle={t("home.sectors.subtitle")}
          viewAll={{ label: t("home.sectors.all"), href: browsePaths.categories() }}
        />
        <ul className="grid grid-cols-2 gap-3 md:grid-cols-3">
          {SECTORS.map((s) => {
            const count = sectorCounts.get(s.code) ?? 0
            return (
              <li key={s.code}>
                <Link
                  href={browsePaths.sector(s.code)}
                  className="flex h-full flex-col items-start gap-2 rounded-2xl bg-white p-3 ring-1 ring-line transition-colors hover:bg-brand-50 hover:ring-brand-200 sm:flex-row sm:gap-3 sm:p-4"
                >
                  <span className="flex size-9 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-700 sm:size-10">
                    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
                      <path d={SECTOR_ICONS[s.code]} />
                    </svg>
                  </span>
                  <span className="min-w-0">
                    <span className="text-sm font-semibold leading-snug text-ink sm:text-base">{s[locale]}</span>
                    <span className="mt-0.5 block text-xs text-muted">{t("categories.sectorCount", { count })}</span>
                  </span>
                </Link>
              </li>
            )
          })}
        </ul>
      </section>

      <section aria-labelledby="home-provinces-title" data-testid="home-provinces">
        <SectionHeader
          id="home-provinces-title"
          title={t("home.provinces.title")}
          subtitle={t("home.provinces.subtitle")}
          viewAll={{ label: t("home.provinces.all"), href: browsePaths.provinces() }}
        />
        <ul className="flex flex-wrap gap-2">
          {withProducts.map((f) => {
            const name = PROVINCES.find((p) => p.code === f.value)!.vi
            return (
              <li key={f.value}>
                <Link
                  href={browsePaths.province(f.value)}
                  className="inline-flex min-h-10 items-center gap-2 rounded-full bg-white px-4 py-2 text-sm font-semibold text-brand-900 ring-1 ring-line hover:bg-brand-50 hover:ring-brand-200"
                >
                  {name}
                  <span className="rounded-full bg-brand-50 px-2 text-xs font-medium tabular-nums text-brand-800">
                    {t("provinces.count", { count: f.count })}
                  </span>
                </Link>
              </li>
            )
          })}
        </ul>
      </section>
    </div>
  )
}
