import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { assertNotLastVariantStep } from "./steps/assert-not-last-variant"

export type RemoveProducerVariantInput = { product_id: string; variant_id: string }

/**
 * A producer removes a pack size: refused for the product's last one, otherwise Medusa's own
 * variant deletion (soft delete, its links and inventory items dismissed, restored on failure).
 */
export const removeProducerVariantWorkflow = createWorkflow(
  "remove-producer-variant",
  (input: WorkflowData<RemoveProducerVariantInput>) => {
    assertNotLastVariantStep(input)
    deleteProductVariantsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.variant_id] })) })
    return new WorkflowResponse(transform({ input }, ({ input }) => input.variant_id))
  }
)
