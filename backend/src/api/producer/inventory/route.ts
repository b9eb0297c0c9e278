import type { MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { setProducerStockWorkflow } from "../../../workflows/set-producer-stock"
import { assertOwnVariant, notFound, ownLocationIds, type ProducerRequest } from "../context"
import type { ProducerSetStockType } from "../validators"
import { ownStockRows } from "./levels"

export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ inventory: await ownStockRows(req) })
}

/** Sets the counted stock of an own variant at an own warehouse (never below what is reserved). */
export const POST = async (req: ProducerRequest<ProducerSetStockType>, res: MedusaResponse) => {
  const { variant_id, location_id, stocked_quantity } = req.validatedBody
  const variant = await assertOwnVariant(req, variant_id)
  if (!(await ownLocationIds(req)).includes(location_id)) {
    throw notFound("kho")
  }
  const itemId = variant.inventory_items?.[0]?.inventory_item_id
  if (!itemId) {
    throw ocopError(
      "NOT_ALLOWED",
      ERROR_CODES.INVENTORY_NOT_MANAGED,
      "Phiên bản này không quản lý tồn kho",
      "This variant does not track stock"
    )
  }
  await setProducerStockWorkflow(req.scope).run({ input: { inventory_item_id: itemId, location_id, stocked_quantity } })
  const row = (await ownStockRows(req)).find((r) => r.variant_id === variant_id && r.location_id === location_id)
  res.json({ inventory_level: row })
}
