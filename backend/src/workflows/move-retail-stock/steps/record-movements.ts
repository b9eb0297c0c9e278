import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

export type NewMovement = {
  kind: "receive" | "transfer" | "return" | "sale"
  variant_id: string
  quantity: number
  from_location_id: string | null
  to_location_id: string | null
  point_id: string | null
  to_point_id?: string | null
  producer_id?: string | null
  staff_id?: string | null
  order_id?: string | null
  note?: string | null
}

/** The movement journal: one row per item moved. */
export const recordMovementsStep = createStep(
  "record-retail-stock-movements",
  async (movements: NewMovement[], { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const created: any[] = await retail.createStockMovements(movements as any[])
    return new StepResponse(
      created,
      created.map((m) => m.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.deleteStockMovements(ids)
  }
)
