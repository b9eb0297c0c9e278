import type { MedusaResponse } from "@medusajs/framework/http"
import { addProducerVariantWorkflow } from "../../../../../workflows/add-producer-variant"
import { assertOwnProduct, ownLocationIds, type ProducerRequest } from "../../../context"
import { loadPortalProduct } from "../../../portal-views"
import type { ProducerVariantType } from "../../../validators"
import { OPTION_TITLE } from "../../helpers"

/** Adds a pack size (variant) with its price and opening stock at the producer's warehouse. */
export const POST = async (req: ProducerRequest<ProducerVariantType>, res: MedusaResponse) => {
  const id = await assertOwnProduct(req, req.params.id)
  const v = req.validatedBody
  const [locationId] = await ownLocationIds(req)
  await addProducerVariantWorkflow(req.scope).run({
    input: {
      product_id: id,
      location_id: locationId ?? null,
      option_title: OPTION_TITLE,
      variant: { title: v.title, sku: v.sku, barcode: v.barcode ?? null, price: v.price, pack_size: v.pack_size ?? null, stock: v.stock },
    },
  })
  res.status(201).json({ product: await loadPortalProduct(req.scope, id) })
}
