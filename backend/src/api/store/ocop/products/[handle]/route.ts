import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listedProductIds } from "../../../../../lib/catalogue/listed-products"
import { ERROR_CODES, ocopError } from "../../../../../lib/errors"
import { variantPricingContext } from "../../../../../lib/region-pricing"
import { QUERY_CACHE } from "../../../../../lib/query-cache"
import { STORE_PRODUCT_FIELDS, toStoreProduct } from "../../../../../lib/store-product-view"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { region_id, sales_channel_id } = req.filterableFields as Record<string, any>
  // published in the key's channels and listed now (a certificate past its end before the clock job ran counts as not listed)
  const [id] = await listedProductIds(req.scope, { channelIds: [sales_channel_id].flat(), handles: [req.params.handle] })
  const { data } = id
    ? await query.graph(
        {
          entity: "product",
          fields: STORE_PRODUCT_FIELDS,
          filters: { id },
          context: await variantPricingContext(req.scope, region_id),
        },
        QUERY_CACHE
      )
    : { data: [] }
  const product = data[0] ? toStoreProduct(data[0], new Date()) : null
  if (!product?.certificate?.listable) {
    throw ocopError(
      "NOT_FOUND",
      ERROR_CODES.PRODUCT_NOT_LISTED,
      `Sản phẩm «${req.params.handle}» không có hoặc không còn được bán`,
      `Product "${req.params.handle}" does not exist or is not for sale`
    )
  }
  res.json({ product })
}
