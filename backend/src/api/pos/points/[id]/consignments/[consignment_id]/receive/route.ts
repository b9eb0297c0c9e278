import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ocopError } from "../../../../../../../lib/errors"
import { loadConsignments } from "../../../../../../../lib/retail/consignments"
import { pointOfStaff } from "../../../../../../../lib/retail/points"
import { receiveConsignmentWorkflow } from "../../../../../../../workflows/receive-consignment"

/** Receives a consignment the producer confirmed: exactly its lines, once. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  if (!point.stock_location_id) {
    throw ocopError("NOT_ALLOWED", "pos.point_without_stock", "Điểm bán chưa có kho", "The point has no stock location")
  }
  const { result } = await receiveConsignmentWorkflow(req.scope).run({
    input: { id: req.params.consignment_id, point_id: point.id, to_location_id: point.stock_location_id, staff_id: req.auth_context.actor_id },
  })
  const { consignments } = await loadConsignments(req.scope, { point_id: point.id, ids: [req.params.consignment_id] })
  res.status(201).json({ consignment: consignments[0], movements: result })
}
