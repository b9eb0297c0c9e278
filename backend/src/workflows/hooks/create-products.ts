import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertPublishedProductsCertified } from "./assert-published-products-certified"

// Throwing here rolls the creation back: nothing half-written stays behind.
createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await assertPublishedProductsCertified(container, products as any[])
})
