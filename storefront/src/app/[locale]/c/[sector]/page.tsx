import { productSetsInSector } from "@ocop/domain"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { browsePaths, sectorFromParam } from "@/lib/browse"
import { listingMetadata, loadListing, localeOf, type RawParams } from "@/lib/browse-page"
import { countProducts } from "@/lib/data/browse"
import ChipNav from "@/modules/browse/components/chip-nav"
import ListingTemplate from "@/modules/browse/templates/listing-template"

type Props = {
  params: Promise<{ locale: string; sector: string }>
  searchParams: Promise<RawParams>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: rawLocale, sector: raw } = await params
  const locale = localeOf(rawLocale)
  const sector = sectorFromParam(raw)
  if (!sector) return {}
  const [t, { count }] = await Promise.all([
    getTranslations({ locale, namespace: "browse.sector" }),
    countProducts({ sector: sector.code }),
  ])
  return listingMetadata({
    locale,
    path: browsePaths.sector(sector.code),
    searchParams: await searchParams,
    title: sector[locale],
    description: t("metaDescription", { sector: sector[locale].toLocaleLowerCase(locale), count }),
    count,
  })
}

/** One of the 6 OCOP sectors: its product sets as chips, its products paged by the backend. */
export default async function SectorPage({ params, searchParams }: Props) {
  const { locale: rawLocale, sector: raw } = await params
  const locale = localeOf(rawLocale)
  const sector = sectorFromParam(raw)
  if (!sector) notFound()

  const { params: listing, result } = await loadListing({ sector: sector.code }, await searchParams)
  const t = await getTranslations({ locale, namespace: "browse" })
  const counts = new Map(result.facets.product_set.map((f) => [f.value, f.count]))
  const chips = productSetsInSector(sector.code)
    .filter((set) => (counts.get(String(set.code)) ?? 0) > 0)
    .map((set) => ({ label: set[locale], href: browsePaths.productSet(set), count: counts.get(String(set.code)) }))

  return (
    <ListingTemplate
      crumbs={[{ label: t("nav.home"), href: browsePaths.home() }, { label: sector[locale] }]}
      eyebrow={t("sector.eyebrow", { code: sector.code })}
      title={sector[locale]}
      result={result}
      params={listing}
      pathname={browsePaths.sector(sector.code)}
    >
      {!sector.shippable && (
        <p role="note" className="rounded-xl bg-clay-50 px-4 py-3 text-sm text-clay-700 ring-1 ring-clay-100">
          {t("sector.service")}
        </p>
      )}
      <ChipNav label={t("listing.productSets")} chips={chips} testId="product-set-chips" />
    </ListingTemplate>
  )
}
