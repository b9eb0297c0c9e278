import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertPublishedProductsCertified } from "../../lib/assert-certified"

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await assertPublishedProductsCertified(container, products as any[])
})
