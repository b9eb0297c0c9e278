import type { PublicProducer, StoreProduct } from "@ocop/contract"
import { isRecognisedByOffice, liveCertificate } from "@ocop/domain"
import { toPublicCertificate, type StoredCertificate } from "./public-certificate"

/** Fields a store product needs, read through Query across the product, certificate and producer links. */
export const STORE_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "created_at",
  "images.id",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.currency_code",
  "certificates.*",
  "producer.*",
]

export const PUBLIC_PRODUCER_FIELDS = [
  "id",
  "name",
  "handle",
  "type",
  "tax_code",
  "province_code",
  "commune",
  "address",
  "phone",
  "story",
] as const satisfies readonly (keyof PublicProducer)[]

export function toPublicProducer(producer: any): PublicProducer | null {
  if (!producer) {
    return null
  }
  return Object.fromEntries(PUBLIC_PRODUCER_FIELDS.map((k) => [k, producer[k] ?? null])) as PublicProducer
}

/** A product as the store routes answer it (@ocop/contract StoreProduct), its certificates' state at `now`. */
export function toStoreProduct(product: any, now: Date): StoreProduct {
  const certificates = ((product.certificates ?? []).filter(Boolean) as StoredCertificate[]).sort((a, b) =>
    b.issued_at.localeCompare(a.issued_at)
  )
  const live = liveCertificate(certificates)
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    thumbnail: product.thumbnail ?? null,
    images: (product.images ?? []).map((i: any) => ({ id: i.id, url: i.url })),
    variants: (product.variants ?? []).map((v: any) => ({
      id: v.id,
      title: v.title,
      sku: v.sku ?? null,
      calculated_price: v.calculated_price
        ? {
            calculated_amount: Number(v.calculated_price.calculated_amount),
            currency_code: v.calculated_price.currency_code,
          }
        : null,
    })),
    certificate: live ? toPublicCertificate(live, now) : null,
    // submissions under review and rejected ones were never the office's word: not part of the history shown
    rating_history: certificates.filter((c) => isRecognisedByOffice(c.status)).map((c) => toPublicCertificate(c, now)),
    producer: toPublicProducer(product.producer),
  }
}
