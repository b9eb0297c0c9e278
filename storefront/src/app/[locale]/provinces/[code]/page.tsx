import { PRODUCT_SETS, provinceName } from "@ocop/domain"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { browsePaths, provinceFromParam } from "@/lib/browse"
import { listingMetadata, loadListing, localeOf, type RawParams } from "@/lib/browse-page"
import { countProducts } from "@/lib/data/browse"
import { EMPTY_SEARCH, searchQuery } from "@/lib/search-params"
import ChipNav from "@/modules/browse/components/chip-nav"
import ListingTemplate from "@/modules/browse/templates/listing-template"

type Props = {
  params: Promise<{ locale: string; code: string }>
  searchParams: Promise<RawParams>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: rawLocale, code: raw } = await params
  const locale = localeOf(rawLocale)
  const code = provinceFromParam(raw)
  if (!code) return {}
  const province = provinceName(code)!
  const [t, { count }] = await Promise.all([getTranslations({ locale, namespace: "browse.province" }), countProducts({ province: code })])
  return listingMetadata({
    locale,
    path: browsePaths.province(code),
    searchParams: await searchParams,
    title: t("title", { province }),
    description: t("metaDescription", { province, count }),
    count,
  })
}

/**
 * A province's OCOP products (codes of the 34 provinces since 1/7/2025: Hà Tĩnh 42, Quảng Trị 44),
 * paged by the backend; its product sets lead to the search page filtered on both.
 */
export default async function ProvincePage({ params, searchParams }: Props) {
  const { locale: rawLocale, code: raw } = await params
  const locale = localeOf(rawLocale)
  const code = provinceFromParam(raw)
  if (!code) notFound()
  const province = provinceName(code)!

  const [{ params: listing, result }, t] = await Promise.all([
    loadListing({ province: code }, await searchParams),
    getTranslations({ locale, namespace: "browse" }),
  ])
  const counts = new Map(result.facets.product_set.map((f) => [f.value, f.count]))
  const chips = PRODUCT_SETS.filter((s) => (counts.get(String(s.code)) ?? 0) > 0).map((s) => ({
    label: s[locale],
    href: {
      pathname: "/search",
      query: searchQuery({ ...EMPTY_SEARCH, province: [code], product_set: [String(s.code)] }),
    },
    count: counts.get(String(s.code)),
  }))

  return (
    <ListingTemplate
      crumbs={[
        { label: t("nav.home"), href: browsePaths.home() },
        { label: t("nav.provinces"), href: browsePaths.provinces() },
        { label: province },
      ]}
      eyebrow={t("province.eyebrow")}
      title={t("province.title", { province })}
      subtitle={t("province.subtitle", { province })}
      result={result}
      params={listing}
      pathname={browsePaths.province(code)}
    >
      <ChipNav label={t("province.sets", { province })} chips={chips} testId="province-set-chips" />
    </ListingTemplate>
  )
}
