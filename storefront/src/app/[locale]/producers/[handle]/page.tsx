import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { browsePaths, isVariantListingUrl, pageCount, parseListingParams } from "@/lib/browse"
import { localeOf, type RawParams } from "@/lib/browse-page"
import { browseProducts, countProducts } from "@/lib/data/browse"
import { getProducerByHandle } from "@/lib/data/producers"
import { producerTypeName, provinceLabel } from "@/lib/labels"
import { clip, pageMetadata } from "@/lib/seo"
import ProducerTemplate from "@/modules/browse/templates/producer-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<RawParams>
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: rawLocale, handle } = await params
  const locale = localeOf(rawLocale)
  const producer = await getProducerByHandle(decode(handle))
  if (!producer) return {}
  const [t, { count }] = await Promise.all([getTranslations({ locale }), countProducts({ producer: producer.handle })])
  const listing = parseListingParams(await searchParams)
  const place = [producer.commune, producer.province_name || provinceLabel(producer.province_code)].filter(Boolean).join(", ")
  return pageMetadata({
    locale,
    path: browsePaths.producer(producer.handle),
    query: listing && listing.page > 1 ? { page: String(listing.page) } : undefined,
    title: producer.name,
    description: clip(
      `${t("browse.producer.metaDescription", {
        name: producer.name,
        type: producer.type_label?.[locale] ?? producerTypeName(producer.type, locale),
        place,
      })} ${producer.story ?? ""}`
    ),
    siteName: t("metadata.siteName"),
    index: count > 0 && !(listing && isVariantListingUrl(listing)),
  })
}

/** A producer's page: identity, story, and all their listed products, paged by the backend. */
export default async function ProducerPage({ params, searchParams }: Props) {
  const { locale: rawLocale, handle } = await params
  localeOf(rawLocale)
  const listing = parseListingParams(await searchParams)
  if (!listing) notFound()
  const producer = await getProducerByHandle(decode(handle))
  if (!producer) notFound()

  const result = await browseProducts({ producer: producer.handle }, { page: listing.page, per: listing.per, sort: listing.sort })
  if (listing.page > pageCount(result.count, listing.per)) notFound()
  return <ProducerTemplate producer={producer} result={result} params={listing} />
}
