import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../../lib/errors"

export type StockCount = { inventory_item_id: string; location_id: string; stocked_quantity: number }

/**
 * Reads the stock level the count replaces (read only): whether one exists yet, and refuses a count
 * below what is already reserved for orders.
 */
export const loadStockLevelStep = createStep("load-stock-level", async (input: StockCount, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [level],
  } = await query.graph({
    entity: "inventory_level",
    fields: ["id", "reserved_quantity"],
    filters: { inventory_item_id: input.inventory_item_id, location_id: input.location_id },
  })
  const reserved = Number((level as any)?.reserved_quantity ?? 0)
  if (level && input.stocked_quantity < reserved) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.INVENTORY_BELOW_RESERVED,
      `Tồn kho không được thấp hơn số đã giữ cho đơn hàng (${(level as any).reserved_quantity})`,
      `Stock cannot be below the reserved quantity (${(level as any).reserved_quantity})`
    )
  }
  return new StepResponse({ exists: !!level })
})
