import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pageListedProducts } from "../../../../lib/catalogue/listed-products"
import { variantPricingContext } from "../../../../lib/region-pricing"
import { QUERY_CACHE } from "../../../../lib/query-cache"
import { STORE_PRODUCT_FIELDS, toStoreProduct } from "../../../../lib/store-product-view"

/**
 * The certified catalogue: products of the publishable key's sales channels listed now by the
 * shared rule (live certificate listable today, producer approved — also between a certificate's
 * last day and the next clock run), each with its live certificate, rating history and producer.
 * One statement pages the listed ids (exact count); Query reads only that page.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { region_id, sales_channel_id } = req.filterableFields as Record<string, any>
  const { skip, take } = req.queryConfig.pagination
  const page = await pageListedProducts(req.scope, {
    channelIds: [sales_channel_id].flat(),
    order: [{ column: "title", direction: "ASC" }],
    skip,
    take: take!,
  })
  const now = new Date()
  let products: ReturnType<typeof toStoreProduct>[] = []
  if (page.ids.length) {
    const { data } = await query.graph(
      {
        entity: "product",
        fields: STORE_PRODUCT_FIELDS,
        filters: { id: page.ids },
        context: await variantPricingContext(req.scope, region_id),
      },
      QUERY_CACHE
    )
    const byId = new Map(data.map((p: any) => [p.id, p]))
    products = page.ids.flatMap((id) => (byId.has(id) ? [toStoreProduct(byId.get(id), now)] : []))
  }
  res.json({ products, count: page.count, limit: take, offset: skip })
}
