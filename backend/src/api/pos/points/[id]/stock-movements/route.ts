import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ocopError } from "../../../../../lib/errors"
import { consignmentRequired, ownersOfVariants } from "../../../../../lib/retail/consignments"
import { loadPoints, pointKindOfId, pointOfStaff } from "../../../../../lib/retail/points"
import { sql, T } from "../../../../../lib/retail/sql"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import type RetailModuleService from "../../../../../modules/retail/service"
import { moveRetailStockWorkflow, type MoveRetailStockInput } from "../../../../../workflows/move-retail-stock"
import type { PosCreateStockMovementType } from "../../../validators"

/** The point's movement journal, newest first (movements out of and into this point). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const [movements, count] = await retail.listAndCountStockMovements(
    { $or: [{ point_id: point.id }, { to_point_id: point.id }] } as any,
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ movements, count, limit, offset })
}

const producerNotFound = () => ocopError("NOT_FOUND", "pos.producer_not_found", "Không tìm thấy chủ thể OCOP", "Producer not found")

/**
 * Receive (local products from outside the system; a producer's goods only through
 * /consignments/:id/receive), transfer to another point, or return to the producer.
 * Transfers may go to any sales point, or to a booth whose fair has not ended.
 */
export const POST = async (req: AuthenticatedMedusaRequest<PosCreateStockMovementType>, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  const body = req.validatedBody
  const staffId = req.auth_context.actor_id
  let input: MoveRetailStockInput
  if (body.kind === "receive" && body.producer_id) throw consignmentRequired()

  // the producer's own stores (link producer ↔ stock location), with what each holds of the items
  let producerLocations: string[] = []
  let producerLevels: Array<{ variant_id: string; location_id: string; available: number }> = []
  if (body.producer_id) {
    const [producer] = await sql(req.scope, `SELECT id FROM producer WHERE id = ? AND deleted_at IS NULL`, [body.producer_id])
    if (!producer) throw producerNotFound()
    producerLocations = (
      await sql(
        req.scope,
        `SELECT stock_location_id FROM ${T.producerLocation} WHERE producer_id = ? AND deleted_at IS NULL ORDER BY created_at`,
        [body.producer_id]
      )
    ).map((r: any) => r.stock_location_id)
    if (producerLocations.length) {
      producerLevels = (
        await sql(
          req.scope,
          `SELECT vii.variant_id, il.location_id, (il.stocked_quantity - il.reserved_quantity) AS available FROM inventory_level il
             JOIN product_variant_inventory_item vii ON vii.inventory_item_id = il.inventory_item_id AND vii.deleted_at IS NULL
            WHERE il.location_id = ANY(?) AND il.deleted_at IS NULL AND vii.variant_id = ANY(?)
            ORDER BY available DESC`,
          [producerLocations, body.items.map((i) => i.variant_id)]
        )
      ).map((r: any) => ({ ...r, available: Number(r.available) }))
    }
    // a producer takes back or consigns only its own products (local products without a producer link are free)
    const owners = await sql(
      req.scope,
      `SELECT pv.id AS variant_id, pp.producer_id FROM product_variant pv
         LEFT JOIN ${T.producerProduct} pp ON pp.product_id = pv.product_id AND pp.deleted_at IS NULL
        WHERE pv.id = ANY(?)`,
      [body.items.map((i) => i.variant_id)]
    )
    const foreign = owners.filter((o: any) => o.producer_id && o.producer_id !== body.producer_id)
    if (foreign.length) {
      throw ocopError("INVALID_DATA", "pos.not_producer_product", "Có sản phẩm không thuộc chủ thể này", "Some items belong to another producer")
    }
  }
  /** The producer's store holding most of an item, if any holds it. */
  const producerStoreOf = (variantId: string) => producerLevels.find((l) => l.variant_id === variantId)?.location_id ?? null

  if (body.kind === "receive") {
    // from outside the system, local products only: a producer's goods come through a confirmed consignment
    const owners = await ownersOfVariants(req.scope, body.items.map((i) => i.variant_id))
    if (body.items.some((i) => owners.get(i.variant_id))) throw consignmentRequired()
    input = {
      kind: "receive",
      point_id: point.id,
      staff_id: staffId,
      producer_id: null,
      from_location_id: null,
      to_location_id: point.stock_location_id,
      note: body.note ?? null,
      items: body.items,
    }
  } else if (body.kind === "transfer") {
    const target = body.to_point_id!
    const [dest] = pointKindOfId(target) ? await loadPoints(req.scope, [target]) : []
    if (!dest || dest.id === point.id) {
      throw ocopError("INVALID_DATA", "pos.bad_destination", "Điểm nhận không hợp lệ", "Invalid destination point")
    }
    if (dest.kind === "booth" && dest.fair && new Date(dest.fair.ends_at).getTime() < Date.now()) {
      throw ocopError("INVALID_DATA", "pos.bad_destination", "Hội chợ của gian hàng nhận đã kết thúc", "The destination booth's fair has ended")
    }
    input = {
      kind: "transfer",
      point_id: point.id,
      to_point_id: dest.id,
      staff_id: staffId,
      from_location_id: point.stock_location_id,
      to_location_id: dest.stock_location_id,
      note: body.note ?? null,
      items: body.items,
    }
  } else {
    input = {
      kind: "return",
      point_id: point.id,
      staff_id: staffId,
      producer_id: body.producer_id,
      from_location_id: point.stock_location_id,
      to_location_id: producerLocations[0] ?? null,
      note: body.note ?? null,
      // back to the store that already keeps the item, else the producer's first store (or out of the system)
      items: body.items.map((i) => ({ ...i, to_location_id: producerStoreOf(i.variant_id) ?? producerLocations[0] ?? null })),
    }
  }
  const { result } = await moveRetailStockWorkflow(req.scope).run({ input })
  res.status(201).json({ movements: result })
}
