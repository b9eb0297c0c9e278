import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { variantPricingContext } from "../../../../lib/region-pricing"
import { STORE_PRODUCT_FIELDS, toStoreProduct } from "../../../../lib/store-product-view"

/**
 * The certified catalogue: published products of the publishable key's sales channels, each with its
 * live certificate, rating history and producer. Publication is kept in step with certificates by the
 * listing sync, so "published" is the only filter needed here.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { region_id, ...filters } = req.filterableFields as Record<string, any>
  const { skip, take } = req.queryConfig.pagination
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: STORE_PRODUCT_FIELDS,
    filters,
    pagination: { skip, take, order: { title: "ASC", id: "ASC" } },
    context: await variantPricingContext(req.scope, region_id),
  })
  const now = new Date()
  // Between a certificate's last day and the next clock run a product can still be published:
  // the shared rule decides at read time too, so the store never offers it.
  const products = data.map((p: any) => toStoreProduct(p, now)).filter((p) => p.certificate?.listable)
  res.json({
    products,
    count: metadata?.count ?? data.length,
    limit: take,
    offset: skip,
  })
}
