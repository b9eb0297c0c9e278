import {
  certificateEndDate,
  isProductListable,
  liveCertificate,
  producerTypeLabel,
  productSet,
  provinceName,
  sector,
  type ProducerType,
} from "@ocop/domain"
import type { StoredCertificate } from "../lib/public-certificate"

/** What the index reads of a product through Query: the product, its prices, channels, certificates, producer. */
export const PRODUCT_SEARCH_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "metadata",
  "created_at",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "sales_channels.id",
  "certificates.*",
  "producer.*",
]

/** A calendar date as a number (2027-10-15 → 20271015): comparable by every provider, Meilisearch included. */
export function dateNumber(isoDate: string): number {
  return Number(isoDate.slice(0, 10).replaceAll("-", ""))
}

function vndPrices(product: any): number[] {
  return (product.variants ?? [])
    .flatMap((v: any) => v?.prices ?? [])
    .filter((p: any) => p?.currency_code === "vnd")
    .map((p: any) => Number(p.amount))
    .filter((n: number) => Number.isFinite(n))
}

/**
 * The search document of a product, or null when it must not be found: not published, or without a
 * listable certificate at `now` (the shared rule). A null turns into a delete in the index.
 */
export function toProductSearchDocument(product: any, now: Date) {
  if (product.status !== "published") {
    return null
  }
  const certificate = liveCertificate(((product.certificates ?? []) as StoredCertificate[]).filter(Boolean))
  if (!certificate || !isProductListable(certificate, product.producer ?? null, now)) {
    return null
  }
  const set = productSet(certificate.product_set)
  const productSector = set ? sector(set.sector) : undefined
  const producer = product.producer ?? null
  const producerType = producer?.type ? producerTypeLabel(producer.type as ProducerType) : null
  const provinceCode: string | null = producer?.province_code ?? null
  const prices = vndPrices(product)
  const geographicalIndication = (product.metadata?.geographical_indication as string | undefined) || null
  return {
    id: product.id as string,
    handle: product.handle as string,
    title: product.title as string,
    subtitle: (product.subtitle as string | null) ?? null,
    description: (product.description as string | null) ?? null,
    thumbnail: (product.thumbnail as string | null) ?? null,
    producer: {
      id: producer?.id ?? null,
      name: producer?.name ?? null,
      handle: producer?.handle ?? null,
      type: producer?.type ?? null,
      type_name: producerType ? `${producerType.vi} ${producerType.en}` : null,
    },
    province_code: provinceCode,
    province_name: provinceCode ? (provinceName(provinceCode) ?? null) : null,
    commune: producer?.commune ?? null,
    sector_code: productSector?.code ?? null,
    sector_name: productSector ? `${productSector.vi} ${productSector.en}` : null,
    product_set: set?.code ?? null,
    product_set_name: set ? `${set.vi} ${set.en}` : null,
    stars: certificate.stars,
    price_min: prices.length ? Math.min(...prices) : null,
    price_max: prices.length ? Math.max(...prices) : null,
    certificate_status: certificate.status,
    verification_code: certificate.verification_code,
    valid_until: certificateEndDate(certificate),
    listable_until: dateNumber(certificateEndDate(certificate)),
    issued_at: certificate.issued_at,
    certified_at: dateNumber(certificate.issued_at),
    geographical_indication: geographicalIndication,
    has_geographical_indication: !!geographicalIndication,
    sales_channel_ids: ((product.sales_channels ?? []) as any[]).filter(Boolean).map((c) => c.id as string),
    created_at: new Date(product.created_at).toISOString(),
  }
}

export type ProductSearchDocument = NonNullable<ReturnType<typeof toProductSearchDocument>>
