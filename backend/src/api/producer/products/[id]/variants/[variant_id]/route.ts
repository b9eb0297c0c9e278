import type { MedusaResponse } from "@medusajs/framework/http"
import { removeProducerVariantWorkflow } from "../../../../../../workflows/remove-producer-variant"
import { updateProducerVariantWorkflow } from "../../../../../../workflows/update-producer-variant"
import { assertOwnProduct, assertOwnVariant, type ProducerRequest } from "../../../../context"
import { loadPortalProduct } from "../../../../portal-views"
import type { ProducerVariantUpdateType } from "../../../../validators"

/** Edits a pack size: title, SKU, barcode, price (integer VND), pack size. */
export const POST = async (req: ProducerRequest<ProducerVariantUpdateType>, res: MedusaResponse) => {
  const productId = await assertOwnProduct(req, req.params.id)
  const variant = await assertOwnVariant(req, req.params.variant_id, productId)
  await updateProducerVariantWorkflow(req.scope).run({
    input: { variant_id: variant.id, current_sku: variant.sku, changes: req.validatedBody },
  })
  res.json({ product: await loadPortalProduct(req.scope, productId) })
}

/** Removes a pack size; the last one stays (a product needs at least one). */
export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  const productId = await assertOwnProduct(req, req.params.id)
  const variant = await assertOwnVariant(req, req.params.variant_id, productId)
  await removeProducerVariantWorkflow(req.scope).run({ input: { product_id: productId, variant_id: variant.id } })
  res.json({ product: await loadPortalProduct(req.scope, productId) })
}
