import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, ocopError } from "../../../../../lib/errors"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import { consignmentRequired, notProducerProduct, producerNotFound } from "../../../../../modules/retail/errors"
import { pointKindOfId } from "../../../../../modules/retail/points"
import type RetailModuleService from "../../../../../modules/retail/service"
import { moveRetailStockWorkflow, type MoveRetailStockInput } from "../../../../../workflows/move-retail-stock"
import type { PosCreateStockMovementType } from "../../../validators"

/** The point's movement journal, newest first (movements out of and into this point). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const [movements, count] = await retail.listAndCountStockMovements({ $or: [{ point_id: point.id }, { to_point_id: point.id }] } as any, {
    order: { created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ movements, count, limit, offset })
}

/**
 * Receive (local products from outside the system; a producer's goods only through
 * /consignments/:id/receive), transfer to another point, or return to the producer.
 * Transfers may go to any sales point, or to a booth whose fair has not ended.
 */
export const POST = async (req: AuthenticatedMedusaRequest<PosCreateStockMovementType>, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const body = req.validatedBody
  const staffId = req.auth_context.actor_id
  let input: MoveRetailStockInput
  if (body.kind === "receive" && body.producer_id) throw consignmentRequired()

  // the producer's own stores (link producer ↔ stock location), with the one holding most of each item
  let producerLocations: string[] = []
  let producerStoreOf = (_variantId: string): string | null => null
  if (body.producer_id) {
    const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
    const [producer] = await producers.listProducers({ id: body.producer_id }, { select: ["id"], take: 1 })
    if (!producer) throw producerNotFound()
    const variantIds = body.items.map((i) => i.variant_id)
    const [stores, owners] = await Promise.all([
      retail.listProducerStores(body.producer_id, variantIds),
      retail.listVariantOwners(variantIds),
    ])
    producerLocations = stores.locations
    producerStoreOf = stores.storeOf
    // a producer takes back or consigns only its own products (local products without a producer link are free)
    if ([...owners.values()].some((owner) => owner && owner !== body.producer_id)) throw notProducerProduct()
  }

  if (body.kind === "receive") {
    // from outside the system, local products only: a producer's goods come through a confirmed consignment
    const owners = await retail.listVariantOwners(body.items.map((i) => i.variant_id))
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
    const [dest] = pointKindOfId(target) ? await retail.listCounterPoints([target]) : []
    if (!dest || dest.id === point.id) {
      throw ocopError("INVALID_DATA", ERROR_CODES.POS_BAD_DESTINATION, "Điểm nhận không hợp lệ", "Invalid destination point")
    }
    if (dest.kind === "booth" && dest.fair && new Date(dest.fair.ends_at).getTime() < Date.now()) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.POS_BAD_DESTINATION,
        "Hội chợ của gian hàng nhận đã kết thúc",
        "The destination booth's fair has ended"
      )
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
