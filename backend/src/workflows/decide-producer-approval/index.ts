import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { syncProductListingWorkflow } from "../sync-product-listing"
import { updateProducerApprovalStep, type ProducerDecision } from "./steps/update-producer-approval"

import { PRODUCER_APPROVAL_CHANGED_EVENT } from "../../lib/events"

export { PRODUCER_APPROVAL_CHANGED_EVENT }

export type DecideProducerApprovalInput = {
  producer_id: string
  decision: ProducerDecision
  reason?: string | null
  actor: { type: string; id?: string | null }
  now?: Date
}

/**
 * The OCOP office approves, rejects or suspends a producer, then the listing gate re-decides every
 * product of that producer: approval relists the certified ones, rejection or suspension delists all.
 */
export const decideProducerApprovalWorkflow = createWorkflow(
  "decide-producer-approval",
  (input: WorkflowData<DecideProducerApprovalInput>) => {
    const producer = updateProducerApprovalStep(
      transform({ input }, ({ input }) => ({
        producer_id: input.producer_id,
        decision: input.decision,
        reason: input.reason,
        now: input.now,
      }))
    )
    const { data: rows } = useQueryGraphStep({
      entity: "producer",
      fields: ["id", "products.id"],
      filters: { id: input.producer_id },
    }).config({ name: "load-producer-products" })
    const syncInput = transform({ rows, input }, ({ rows, input }) => ({
      product_ids: ((rows as any[])[0]?.products ?? []).filter(Boolean).map((p: any) => p.id as string),
      now: input.now,
    }))
    syncProductListingWorkflow.runAsStep({ input: syncInput })
    emitEventStep({
      eventName: PRODUCER_APPROVAL_CHANGED_EVENT,
      data: transform({ producer, input }, ({ producer, input }) => ({
        id: producer.id,
        approval_status: producer.approval_status,
        actor: input.actor,
      })),
    })
    return new WorkflowResponse(producer)
  }
)
