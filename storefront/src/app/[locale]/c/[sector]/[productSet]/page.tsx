import { productSetsInSector } from "@ocop/domain"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { browsePaths, productSetFromParam, sectorFromParam } from "@/lib/browse"
import { listingMetadata, loadListing, localeOf, type RawParams } from "@/lib/browse-page"
import { countProducts } from "@/lib/data/browse"
import ChipNav from "@/modules/browse/components/chip-nav"
import ListingTemplate from "@/modules/browse/templates/listing-template"

type Props = {
  params: Promise<{ locale: string; sector: string; productSet: string }>
  searchParams: Promise<RawParams>
}

function resolve(rawSector: string, rawSet: string) {
  const sector = sectorFromParam(rawSector)
  const set = sector ? productSetFromParam(sector.code, rawSet) : null
  return sector && set ? { sector, set } : null
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: rawLocale, sector: rawSector, productSet: rawSet } = await params
  const locale = localeOf(rawLocale)
  const found = resolve(rawSector, rawSet)
  if (!found) return {}
  const [t, { count }] = await Promise.all([
    getTranslations({ locale, namespace: "browse.productSet" }),
    countProducts({ sector: found.sector.code, productSet: found.set.code }),
  ])
  return listingMetadata({
    locale,
    path: browsePaths.productSet(found.set),
    searchParams: await searchParams,
    title: found.set[locale],
    description: t("metaDescription", { set: found.set[locale], count }),
    count,
  })
}

/** One of the 26 product sets (bộ sản phẩm), inside its sector; sibling sets as chips. */
export default async function ProductSetPage({ params, searchParams }: Props) {
  const { locale: rawLocale, sector: rawSector, productSet: rawSet } = await params
  const locale = localeOf(rawLocale)
  const found = resolve(rawSector, rawSet)
  if (!found) notFound()
  const { sector, set } = found

  const [{ params: listing, result }, inSector, t] = await Promise.all([
    loadListing({ sector: sector.code, productSet: set.code }, await searchParams),
    countProducts({ sector: sector.code }),
    getTranslations({ locale, namespace: "browse" }),
  ])
  const counts = new Map(inSector.facets.product_set.map((f) => [f.value, f.count]))
  const chips = [
    { label: t("listing.all"), href: browsePaths.sector(sector.code), count: inSector.count },
    ...productSetsInSector(sector.code)
      .filter((s) => s.code === set.code || (counts.get(String(s.code)) ?? 0) > 0)
      .map((s) => ({
        label: s[locale],
        href: browsePaths.productSet(s),
        count: counts.get(String(s.code)) ?? 0,
        current: s.code === set.code,
      })),
  ]

  return (
    <ListingTemplate
      crumbs={[
        { label: t("nav.home"), href: browsePaths.home() },
        { label: sector[locale], href: browsePaths.sector(sector.code) },
        { label: set[locale] },
      ]}
      eyebrow={t("productSet.eyebrow", { code: set.code, sector: sector[locale] })}
      title={set[locale]}
      result={result}
      params={listing}
      pathname={browsePaths.productSet(set)}
    >
      <ChipNav label={t("listing.productSets")} chips={chips} testId="product-set-chips" />
    </ListingTemplate>
  )
}
