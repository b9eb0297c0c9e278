import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listabilityOfProducts } from "../../../lib/product-listability"

export type ListingChange = { id: string; status: "published" | "draft" }

/** Decides which products change status: listable ones are published, the rest drafted. */
export const computeListingChangesStep = createStep(
  "compute-listing-changes",
  async (input: { product_ids: string[]; now: Date }, { container }) => {
    const listability = await listabilityOfProducts(container, input.product_ids, new Date(input.now))
    const changes: ListingChange[] = []
    for (const p of listability) {
      const target = p.listable ? "published" : "draft"
      if (p.status !== target) {
        changes.push({ id: p.product_id, status: target })
      }
    }
    return new StepResponse(changes)
  }
)
