import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LISTING_CHANGED_EVENT } from "../../lib/events"
import { applyListingChangesStep } from "./steps/apply-listing-changes"
import { computeListingChangesStep } from "./steps/compute-listing-changes"

export type SyncProductListingInput = { product_ids: string[]; now?: Date }

/**
 * The one listing gate: every certificate change ends here. Store routes, carts and feeds then only
 * need Medusa's own "published" status.
 */
export const syncProductListingWorkflow = createWorkflow("sync-product-listing", (input: WorkflowData<SyncProductListingInput>) => {
  const computeInput = transform({ input }, ({ input }) => ({
    product_ids: input.product_ids,
    now: input.now ?? new Date(),
  }))
  const changes = computeListingChangesStep(computeInput)
  const applied = applyListingChangesStep(changes)
  const eventData = transform({ applied }, ({ applied }) => applied.map((c) => ({ product_id: c.id, status: c.status })))
  emitEventStep({ eventName: LISTING_CHANGED_EVENT, data: eventData })
  return new WorkflowResponse(applied)
})
