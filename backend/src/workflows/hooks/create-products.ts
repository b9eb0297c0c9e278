import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertPublishedProductsCertified } from "../../lib/assert-certified"

// Throwing here rolls the creation back: nothing half-written stays behind.
createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await assertPublishedProductsCertified(container, products as any[])
})
