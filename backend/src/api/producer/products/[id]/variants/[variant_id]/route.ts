import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProductVariantsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { ocopError } from "../../../../../../lib/errors"
import { assertOwnProduct, assertOwnVariant, type ProducerRequest } from "../../../../context"
import { loadPortalProduct } from "../../../../portal-views"
import type { ProducerVariantUpdateType } from "../../../../validators"
import { assertSkusFree } from "../../../helpers"

/** Edits a pack size: title, SKU, barcode, price (integer VND), pack size. */
export const POST = async (req: ProducerRequest<ProducerVariantUpdateType>, res: MedusaResponse) => {
  const productId = await assertOwnProduct(req, req.params.id)
  const variant = await assertOwnVariant(req, req.params.variant_id, productId)
  const v = req.validatedBody
  await assertSkusFree(req.scope, v.sku && v.sku !== variant.sku ? [v.sku] : [], v.barcode ? [v.barcode] : [], variant.id)
  const update: Record<string, unknown> = {}
  if (v.title !== undefined) update.title = v.title
  if (v.sku !== undefined) update.sku = v.sku
  if (v.barcode !== undefined) update.barcode = v.barcode
  if (v.pack_size !== undefined) update.metadata = { pack_size: v.pack_size }
  if (v.price !== undefined) update.prices = [{ amount: v.price, currency_code: "vnd" }]
  if (Object.keys(update).length) {
    await updateProductVariantsWorkflow(req.scope).run({ input: { selector: { id: variant.id }, update } as any })
  }
  res.json({ product: await loadPortalProduct(req.scope, productId) })
}

/** Removes a pack size; the last one stays (a product needs at least one). */
export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  const productId = await assertOwnProduct(req, req.params.id)
  const variant = await assertOwnVariant(req, req.params.variant_id, productId)
  const product = (await loadPortalProduct(req.scope, productId))!
  if (product.variants.length <= 1) {
    throw ocopError("NOT_ALLOWED", "ocop.product.last_variant", "Sản phẩm cần ít nhất một phiên bản", "A product needs at least one variant")
  }
  await deleteProductVariantsWorkflow(req.scope).run({ input: { ids: [variant.id] } })
  res.json({ product: await loadPortalProduct(req.scope, productId) })
}
