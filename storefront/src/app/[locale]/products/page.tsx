import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { SECTORS } from "@ocop/domain"
import { browsePaths } from "@/lib/browse"
import { listingMetadata, loadListing, localeOf, type RawParams } from "@/lib/browse-page"
import ChipNav from "@/modules/browse/components/chip-nav"
import ListingTemplate from "@/modules/browse/templates/listing-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawParams>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale)
  const t = await getTranslations({ locale })
  return listingMetadata({
    locale,
    path: browsePaths.products(),
    searchParams: await searchParams,
    title: t("metadata.catalogueTitle"),
    description: t("browse.products.metaDescription"),
  })
}

/** Every listable product, paged and sorted by the backend (24 per page). */
export default async function CataloguePage({ params, searchParams }: Props) {
  const locale = localeOf((await params).locale)
  const { params: listing, result } = await loadListing({}, await searchParams)
  const t = await getTranslations({ locale })
  const counts = new Map(result.facets.sector_code.map((f) => [f.value, f.count]))
  const chips = SECTORS.filter((s) => (counts.get(s.code) ?? 0) > 0).map((s) => ({
    label: s[locale],
    href: browsePaths.sector(s.code),
    count: counts.get(s.code),
  }))
  return (
    <ListingTemplate
      crumbs={[{ label: t("browse.nav.home"), href: browsePaths.home() }, { label: t("catalogue.title") }]}
      title={t("catalogue.title")}
      subtitle={t("catalogue.subtitle")}
      result={result}
      params={listing}
      pathname={browsePaths.products()}
    >
      <ChipNav label={t("browse.nav.categories")} chips={chips} testId="sector-chips" />
    </ListingTemplate>
  )
}
