import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { ocopError } from "../../../lib/errors"
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
    throw ocopError("NOT_ALLOWED", "ocop.inventory.not_managed", "Phiên bản này không quản lý tồn kho", "This variant does not track stock")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [level] } = await query.graph({
    entity: "inventory_level",
    fields: ["id", "reserved_quantity"],
    filters: { inventory_item_id: itemId, location_id },
  })
  if (level && stocked_quantity < Number((level as any).reserved_quantity ?? 0)) {
    throw ocopError(
      "INVALID_DATA",
      "ocop.inventory.below_reserved",
      `Tồn kho không được thấp hơn số đã giữ cho đơn hàng (${(level as any).reserved_quantity})`,
      `Stock cannot be below the reserved quantity (${(level as any).reserved_quantity})`
    )
  }
  if (level) {
    await updateInventoryLevelsWorkflow(req.scope).run({
      input: { updates: [{ inventory_item_id: itemId, location_id, stocked_quantity }] } as any,
    })
  } else {
    await createInventoryLevelsWorkflow(req.scope).run({ input: { inventory_levels: [{ inventory_item_id: itemId, location_id, stocked_quantity }] } })
  }
  const row = (await ownStockRows(req)).find((r) => r.variant_id === variant_id && r.location_id === location_id)
  res.json({ inventory_level: row })
}
