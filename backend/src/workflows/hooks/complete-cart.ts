import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVariantsSellable } from "../../lib/assert-sellable"

// The last gate: a certificate may have lapsed or been revoked while the item sat in the cart.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const variantIds = ((cart as any).items ?? []).map((item: any) => item.variant_id).filter(Boolean)
  await assertVariantsSellable(container, variantIds)
})
