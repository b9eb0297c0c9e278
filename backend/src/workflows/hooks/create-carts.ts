import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVariantsSellable } from "../../lib/assert-sellable"

// Carts can be created with items already in them: same rule as add-to-cart.
createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const variantIds = ((input as any).items ?? []).map((item: any) => item.variant_id).filter(Boolean)
  await assertVariantsSellable(container, variantIds)
})
