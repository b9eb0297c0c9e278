import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertOwnProduct, type ProducerRequest } from "../../context"
import { loadPortalProduct } from "../../portal-views"
import type { ProducerUpdateProductType } from "../../validators"
import { freeHandle } from "../helpers"

export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const id = await assertOwnProduct(req, req.params.id)
  res.json({ product: await loadPortalProduct(req.scope, id) })
}

/** Edits the product's text, set and pictures; status stays with the listing gate. */
export const POST = async (req: ProducerRequest<ProducerUpdateProductType>, res: MedusaResponse) => {
  const id = await assertOwnProduct(req, req.params.id)
  const body = req.validatedBody
  const current = (await loadPortalProduct(req.scope, id))!
  const update: Record<string, unknown> = {}
  for (const key of ["title", "subtitle", "description", "thumbnail"] as const) {
    if (body[key] !== undefined) update[key] = body[key]
  }
  if (body.handle !== undefined && body.handle !== current.handle) update.handle = await freeHandle(req.scope, body.handle, body.handle, id)
  if (body.images !== undefined) update.images = body.images.map((url) => ({ url }))
  if (body.product_set_code !== undefined) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["metadata"], filters: { id } })
    update.metadata = { ...((data[0] as any)?.metadata ?? {}), product_set: body.product_set_code }
  }
  if (Object.keys(update).length) {
    await updateProductsWorkflow(req.scope).run({ input: { selector: { id }, update } as any })
  }
  res.json({ product: await loadPortalProduct(req.scope, id) })
}

export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  const id = await assertOwnProduct(req, req.params.id)
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [id] } })
  res.json({ id, object: "product", deleted: true })
}
