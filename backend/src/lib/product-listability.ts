import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { effectiveStatus, isListable, liveCertificate } from "@ocop/domain"
import type { StoredCertificate } from "./public-certificate"

export type ProductListability = {
  product_id: string
  title: string
  status: string
  listable: boolean
  /** effective status of the live certificate, or null when the product has none */
  certificate_status: string | null
}

/** Listability of each product at `now`, read from its live certificate (the shared `isListable` rule). */
export async function listabilityOfProducts(
  container: MedusaContainer,
  productIds: string[],
  now: Date
): Promise<ProductListability[]> {
  if (!productIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "status", "certificates.*"],
    filters: { id: [...new Set(productIds)] },
  })
  return products.map((product: any) => {
    const live = liveCertificate((product.certificates ?? []).filter(Boolean) as StoredCertificate[])
    return {
      product_id: product.id,
      title: product.title,
      status: product.status,
      listable: isListable(live, now),
      certificate_status: live ? effectiveStatus(live, now) : null,
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
