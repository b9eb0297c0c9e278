import { useTranslations } from "next-intl"
import { EMPTY_SEARCH, searchQuery } from "@/lib/search-params"
import type { FacetValue, SearchHit } from "@ocop/contract"
import AboutOcop from "@/modules/home/components/about-ocop"
import BrowseBy from "@/modules/home/components/browse-by"
import FeaturedSection from "@/modules/home/components/featured-section"
import Hero from "@/modules/home/components/hero"
import RegionalBrands from "@/modules/home/components/regional-brands"
import type { RegionalBrand } from "@/modules/home/regional-brands"

export type HomeData = {
  fiveStar: SearchHit[]
  fourStar: SearchHit[]
  newest: SearchHit[]
  brands: { brand: RegionalBrand; count: number }[]
  sectors: FacetValue[]
  provinces: FacetValue[]
}

const search = (changes: Partial<typeof EMPTY_SEARCH>) => ({
  pathname: "/search",
  query: searchQuery({ ...EMPTY_SEARCH, ...changes }),
})

/** Home: hero, featured 5★ and 4★, regional brands, newly certified, sectors and provinces. */
export default function HomeTemplate({ fiveStar, fourStar, newest, brands, sectors, provinces }: HomeData) {
  const t = useTranslations("browse.home")
  return (
    <>
      <Hero />
      <FeaturedSection
        id="home-five-star"
        title={t("fiveStar.title")}
        subtitle={t("fiveStar.subtitle")}
        hits={fiveStar}
        stars={5}
        viewAll={{ label: t("fiveStar.viewAll"), href: search({ stars: "5", sort: "stars" }) }}
      />
      <FeaturedSection
        id="home-four-star"
        title={t("fourStar.title")}
        subtitle={t("fourStar.subtitle")}
        hits={fourStar}
        stars={4}
        className="pt-0 sm:pt-0"
        viewAll={{ label: t("fourStar.viewAll"), href: search({ stars: "4", sort: "stars" }) }}
      />
      <RegionalBrands brands={brands} />
      <FeaturedSection
        id="home-newest"
        title={t("newest.title")}
        subtitle={t("newest.subtitle")}
        hits={newest}
        viewAll={{ label: t("newest.viewAll"), href: search({ sort: "newest" }) }}
      />
      <BrowseBy sectors={sectors} provinces={provinces} />
      <AboutOcop />
    </>
  )
}
