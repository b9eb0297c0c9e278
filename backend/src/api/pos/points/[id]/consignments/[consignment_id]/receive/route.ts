import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, ocopError } from "../../../../../../../lib/errors"
import { RETAIL_MODULE } from "../../../../../../../modules/retail"
import type RetailModuleService from "../../../../../../../modules/retail/service"
import { receiveConsignmentWorkflow } from "../../../../../../../workflows/receive-consignment"
import { consignmentViews } from "../../../../../../consignment-views"

/** Receives a consignment the producer confirmed: exactly its lines, once. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  if (!point.stock_location_id) {
    throw ocopError("NOT_ALLOWED", ERROR_CODES.POS_POINT_WITHOUT_STOCK, "Điểm bán chưa có kho", "The point has no stock location")
  }
  const { result } = await receiveConsignmentWorkflow(req.scope).run({
    input: {
      id: req.params.consignment_id,
      point_id: point.id,
      to_location_id: point.stock_location_id,
      staff_id: req.auth_context.actor_id,
    },
  })
  const { consignments } = await consignmentViews(req.scope, { point_id: point.id, ids: [req.params.consignment_id] })
  res.status(201).json({ consignment: consignments[0], movements: result })
}
