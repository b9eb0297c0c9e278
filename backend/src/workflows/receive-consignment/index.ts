import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustStockStep } from "../move-retail-stock/steps/adjust-stock"
import { recordMovementsStep, type NewMovement } from "../move-retail-stock/steps/record-movements"
import { transitionConsignmentStep } from "../steps/transition-consignment"
import { planReceiptStep } from "./steps/plan-receipt"

export type ReceiveConsignmentInput = { id: string; point_id: string; to_location_id: string; staff_id: string }

/**
 * The counter receives a confirmed consignment: marked received first (so it is taken once), then
 * the confirmed quantities move from the producer's store into the point and are journalled. A
 * shortage at the producer undoes the whole receipt.
 */
export const receiveConsignmentWorkflow = createWorkflow("receive-consignment", (input: WorkflowData<ReceiveConsignmentInput>) => {
  const claimed = transitionConsignmentStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      from: "confirmed" as const,
      to: "received" as const,
      scope: { point_id: input.point_id },
      patch: { received_by: input.staff_id, received_at: new Date() },
    }))
  )
  const changes = planReceiptStep(
    transform({ input, claimed }, ({ input, claimed }) => ({
      consignment_id: input.id,
      producer_id: claimed.producer_id,
      to_location_id: input.to_location_id,
    }))
  )
  adjustStockStep(changes)
  const movements = recordMovementsStep(
    transform({ input, claimed, changes }, ({ input, claimed, changes }) =>
      changes.map(
        (c): NewMovement => ({
          kind: "receive",
          variant_id: c.variant_id,
          quantity: c.quantity,
          from_location_id: c.from_location_id,
          to_location_id: c.to_location_id,
          point_id: input.point_id,
          producer_id: claimed.producer_id,
          staff_id: input.staff_id,
          note: `Phiếu ký gửi ${input.id}`,
        })
      )
    )
  )
  return new WorkflowResponse(movements)
})
