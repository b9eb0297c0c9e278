import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVariantsSellable } from "../../lib/assert-sellable"

// A shopper cannot put a product in the cart unless its certificate allows the sale now.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const variantIds = (input.items ?? []).map((item: any) => item.variant_id).filter(Boolean)
  await assertVariantsSellable(container, variantIds)
})
