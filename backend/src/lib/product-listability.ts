import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { effectiveStatus, isProducerSelling, isProductListable, liveCertificate } from "@ocop/domain"
import type { StoredCertificate } from "./public-certificate"

export type ProductListability = {
  product_id: string
  title: string
  status: string
  listable: boolean
  /** effective status of the live certificate, or null when the product has none */
  certificate_status: string | null
  /** approval status of the product's producer (null when the product has no producer) */
  producer_approval_status: string | null
  /** false when the producer is not approved by the OCOP office (pending, rejected, suspended) */
  producer_selling: boolean
}

/** Listability of each product at `now`: its live certificate and its producer's approval (the shared `isProductListable` rule). */
export async function listabilityOfProducts(container: MedusaContainer, productIds: string[], now: Date): Promise<ProductListability[]> {
  if (!productIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "status", "certificates.*", "producer.id", "producer.approval_status"],
    filters: { id: [...new Set(productIds)] },
  })
  return products.map((product: any) => {
    const live = liveCertificate((product.certificates ?? []).filter(Boolean) as StoredCertificate[])
    return {
      product_id: product.id,
      title: product.title,
      status: product.status,
      listable: isProductListable(live, product.producer ?? null, now),
      certificate_status: live ? effectiveStatus(live, now) : null,
      producer_approval_status: product.producer?.approval_status ?? null,
      producer_selling: isProducerSelling(product.producer ?? null),
    }
  })
}

/** Products behind the given variants, for cart checks. */
export async function productIdsOfVariants(container: MedusaContainer, variantIds: string[]): Promise<string[]> {
  if (!variantIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "product_id"],
    filters: { id: [...new Set(variantIds)] },
  })
  return variants.map((v: any) => v.product_id).filter(Boolean)
}
