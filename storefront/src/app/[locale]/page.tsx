import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { browsePaths } from "@/lib/browse"
import { localeOf } from "@/lib/browse-page"
import { browseProducts } from "@/lib/data/browse"
import { pageMetadata } from "@/lib/seo"
import { REGIONAL_BRANDS } from "@/modules/home/regional-brands"
import HomeTemplate from "@/modules/home/templates/home-template"

type Props = { params: Promise<{ locale: string }> }

/* Cached and served to everyone like a product page (ISR; see products/[handle]/page.tsx). */
export const revalidate = 5
export const generateStaticParams = async (): Promise<{ locale: string }[]> => []

/** Products per home section: one row on a desktop, two on a phone. */
const SECTION_SIZE = 4

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale)
  const t = await getTranslations({ locale })
  return {
    ...pageMetadata({
      locale,
      path: browsePaths.home(),
      title: t("metadata.title"),
      description: t("metadata.description"),
      siteName: t("metadata.siteName"),
    }),
    // the site name is already in it: no "· OCOP Market" suffix from the layout's template
    title: { absolute: t("metadata.title") },
  }
}

/**
 * Home: every section is one backend request (filters, sort, limit), cached under `listing`.
 * 4★ skips past the 5★ products in the stars order, so it shows exactly 4★ products.
 */
export default async function HomePage({ params }: Props) {
  setRequestLocale(localeOf((await params).locale))
  const [fiveStar, newest, ...brandCounts] = await Promise.all([
    browseProducts({ stars: 5 }, { per: SECTION_SIZE, sort: "stars" }),
    browseProducts({}, { per: SECTION_SIZE, sort: "newest" }),
    ...REGIONAL_BRANDS.map((b) => browseProducts({ q: b.q, province: b.province }, { per: 1, sort: "stars" })),
  ])
  const fourStar = await browseProducts({ stars: 4 }, { per: SECTION_SIZE, sort: "stars", offsetShift: fiveStar.count })

  return (
    <HomeTemplate
      fiveStar={fiveStar.hits}
      fourStar={fourStar.hits.filter((h) => h.stars === 4)}
      newest={newest.hits}
      brands={REGIONAL_BRANDS.map((brand, i) => ({ brand, count: brandCounts[i].count }))}
      sectors={newest.facets.sector_code}
      provinces={newest.facets.province_code}
    />
  )
}
