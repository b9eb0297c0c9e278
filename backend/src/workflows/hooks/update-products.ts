import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertPublishedProductsCertified } from "./assert-published-products-certified"

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await assertPublishedProductsCertified(container, products as any[])
})
