import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { updateProducerProductWorkflow } from "../../../../workflows/update-producer-product"
import { assertOwnProduct, type ProducerRequest } from "../../context"
import { loadPortalProduct } from "../../portal-views"
import type { ProducerUpdateProductType } from "../../validators"
import { freeHandle } from "../helpers"

export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const id = await assertOwnProduct(req, req.params.id)
  res.json({ product: await loadPortalProduct(req.scope, id) })
}

/**
 * Edits the product's text, set and pictures; status stays with the listing gate. While a
 * certificate binds the product, its certified identity cannot change (409, see the workflow).
 */
export const POST = async (req: ProducerRequest<ProducerUpdateProductType>, res: MedusaResponse) => {
  const id = await assertOwnProduct(req, req.params.id)
  const body = req.validatedBody
  const current = (await loadPortalProduct(req.scope, id))!
  const handle =
    body.handle !== undefined && body.handle !== current.handle ? await freeHandle(req.scope, body.handle, body.handle, id) : undefined
  await updateProducerProductWorkflow(req.scope).run({
    input: {
      product_id: id,
      changes: {
        title: body.title,
        subtitle: body.subtitle,
        description: body.description,
        thumbnail: body.thumbnail,
        handle,
        images: body.images,
        product_set: body.product_set_code,
      },
    },
  })
  res.json({ product: await loadPortalProduct(req.scope, id) })
}

export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  const id = await assertOwnProduct(req, req.params.id)
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [id] } })
  res.json({ id, object: "product", deleted: true })
}
