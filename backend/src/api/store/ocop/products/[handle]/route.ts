import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ocopError } from "../../../../../lib/errors"
import { variantPricingContext } from "../../../../../lib/region-pricing"
import { STORE_PRODUCT_FIELDS, toStoreProduct } from "../../../../../lib/store-product-view"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { region_id, ...filters } = req.filterableFields as Record<string, any>
  const { data } = await query.graph({
    entity: "product",
    fields: STORE_PRODUCT_FIELDS,
    filters: { ...filters, handle: req.params.handle },
    context: await variantPricingContext(req.scope, region_id),
  })
  const product = data[0] ? toStoreProduct(data[0], new Date()) : null
  // published but past its certificate's end (the clock job has not run yet) counts as not listed
  if (!product?.certificate?.listable) {
    throw ocopError(
      "NOT_FOUND",
      "ocop.product.not_listed",
      `Sản phẩm «${req.params.handle}» không có hoặc không còn được bán`,
      `Product "${req.params.handle}" does not exist or is not for sale`
    )
  }
  res.json({ product })
}
