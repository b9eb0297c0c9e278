import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ERROR_CODES, ocopError } from "./errors"
import { QUERY_CACHE } from "./query-cache"

/** Query context that prices variants in the asked region, or the store's default region (Vietnam, VND). */
export async function variantPricingContext(container: MedusaContainer, regionId?: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let id = regionId
  if (!id) {
    const { data: stores } = await query.graph({ entity: "store", fields: ["id", "default_region_id"] }, QUERY_CACHE)
    id = stores[0]?.default_region_id ?? undefined
  }
  if (!id) {
    return {}
  }
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id } }, QUERY_CACHE)
  if (!regions[0]) {
    throw ocopError("INVALID_DATA", ERROR_CODES.REGION_NOT_FOUND, `Không tìm thấy khu vực ${id}`, `Region ${id} not found`)
  }
  return {
    variants: {
      calculated_price: QueryContext({ region_id: regions[0].id, currency_code: regions[0].currency_code }),
    },
  }
}
