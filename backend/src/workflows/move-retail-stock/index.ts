import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustStockStep } from "./steps/adjust-stock"
import { recordMovementsStep, type NewMovement } from "./steps/record-movements"

export type MoveRetailStockInput = {
  kind: NewMovement["kind"]
  point_id: string
  staff_id: string | null
  from_location_id: string | null
  to_location_id: string | null
  to_point_id?: string | null
  producer_id?: string | null
  order_id?: string | null
  note?: string | null
  /** an item may override the source or destination (e.g. consignment partly from the producer's own store) */
  items: Array<{ variant_id: string; quantity: number; from_location_id?: string | null; to_location_id?: string | null }>
}

/** Moves stock between locations (point, booth, producer) and journals each item; never below zero. */
export const moveRetailStockWorkflow = createWorkflow("move-retail-stock", (input: WorkflowData<MoveRetailStockInput>) => {
  adjustStockStep(
    transform({ input }, ({ input }) =>
      input.items.map((i) => ({
        variant_id: i.variant_id,
        quantity: i.quantity,
        from_location_id: i.from_location_id !== undefined ? i.from_location_id : input.from_location_id,
        to_location_id: i.to_location_id !== undefined ? i.to_location_id : input.to_location_id,
      }))
    )
  )
  const movements = recordMovementsStep(
    transform({ input }, ({ input }) =>
      input.items.map(
        (i): NewMovement => ({
          kind: input.kind,
          variant_id: i.variant_id,
          quantity: i.quantity,
          from_location_id: i.from_location_id !== undefined ? i.from_location_id : input.from_location_id,
          to_location_id: i.to_location_id !== undefined ? i.to_location_id : input.to_location_id,
          point_id: input.point_id,
          to_point_id: input.to_point_id ?? null,
          producer_id: input.producer_id ?? null,
          staff_id: input.staff_id,
          order_id: input.order_id ?? null,
          note: input.note ?? null,
        })
      )
    )
  )
  return new WorkflowResponse(movements)
})
