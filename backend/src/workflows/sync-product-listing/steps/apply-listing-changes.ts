import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingChange } from "./compute-listing-changes"

/** Sets product statuses; compensation puts the previous statuses back. */
export const applyListingChangesStep = createStep(
  "apply-listing-changes",
  async (changes: ListingChange[], { container }) => {
    if (!changes.length) {
      return new StepResponse([], [])
    }
    const productModule = container.resolve(Modules.PRODUCT)
    const before = await productModule.listProducts({ id: changes.map((c) => c.id) }, { select: ["id", "status"] })
    await productModule.upsertProducts(changes.map((c) => ({ id: c.id, status: c.status as any })))
    return new StepResponse(
      changes,
      before.map((p) => ({ id: p.id, status: p.status }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const productModule = container.resolve(Modules.PRODUCT)
    await productModule.upsertProducts(previous as any)
  }
)
