import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertCertifiedIdentityKeptStep, type ProducerProductChanges } from "./steps/assert-certified-identity-kept"

export type UpdateProducerProductInput = { product_id: string; changes: ProducerProductChanges; now?: Date }

/**
 * A producer edits a product's text, set and pictures: refused while a certificate binds what the
 * edit would change (the certified identity), otherwise Medusa's own product update (which rolls
 * itself back on failure). Status stays with the listing gate.
 */
export const updateProducerProductWorkflow = createWorkflow(
  "update-producer-product",
  (input: WorkflowData<UpdateProducerProductInput>) => {
    const current = assertCertifiedIdentityKeptStep(input)
    const update = transform({ input, current }, ({ input, current }) => {
      const { changes } = input
      const out: Record<string, unknown> = {}
      for (const key of ["title", "subtitle", "description", "handle", "thumbnail"] as const) {
        if (changes[key] !== undefined) out[key] = changes[key]
      }
      if (changes.images !== undefined) out.images = changes.images.map((url) => ({ url }))
      if (changes.product_set !== undefined) out.metadata = { ...current.metadata, product_set: changes.product_set }
      return out
    })
    when("has-changes", { update }, ({ update }) => Object.keys(update).length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ input, update }, ({ input, update }) => ({ selector: { id: input.product_id }, update }) as any),
      })
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => input.product_id))
  }
)
