import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVariantsSellable } from "../../lib/assert-sellable"
import { assertCartShippable } from "../../lib/assert-shippable"

// The last gate: a certificate may have lapsed or been revoked while the item sat in the cart.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const variantIds = ((cart as any).items ?? []).map((item: any) => item.variant_id).filter(Boolean)
  await assertVariantsSellable(container, variantIds)
  // a community-tourism service is certified like a good but cannot be delivered
  await assertCartShippable(container, cart as any)
})
