import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, ocopError } from "../../../../../lib/errors"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import type RetailModuleService from "../../../../../modules/retail/service"
import { requestConsignmentWorkflow } from "../../../../../workflows/request-consignment"
import { consignmentViews } from "../../../../consignment-views"
import type { PosRequestConsignmentType } from "../../../validators"

/** The point's consignment requests, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const { consignments, count } = await consignmentViews(req.scope, { point_id: point.id }, { limit, offset })
  res.json({ consignments, count, limit, offset })
}

/**
 * Asks a producer for its goods on consignment; the producer confirms or refuses in its portal.
 * Without producer_id the items' own producer is asked (a scan at the counter names no producer).
 */
export const POST = async (req: AuthenticatedMedusaRequest<PosRequestConsignmentType>, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const body = req.validatedBody
  let producerId = body.producer_id
  if (!producerId) {
    const owners = new Set((await retail.listVariantOwners(body.items.map((i) => i.variant_id))).values())
    const [only] = [...owners]
    if (owners.size !== 1 || !only || body.items.some((i) => !i.variant_id)) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.POS_NOT_PRODUCER_PRODUCT,
        "Mỗi phiếu ký gửi chỉ gồm sản phẩm OCOP của một chủ thể",
        "A consignment holds OCOP products of one producer only"
      )
    }
    producerId = only
  }
  const { result } = await requestConsignmentWorkflow(req.scope).run({
    input: {
      point_id: point.id,
      point_kind: point.kind,
      producer_id: producerId,
      requested_by: req.auth_context.actor_id,
      note: body.note ?? null,
      items: body.items,
    },
  })
  const { consignments } = await consignmentViews(req.scope, { point_id: point.id, ids: [result.id] })
  res.status(201).json({ consignment: consignments[0] })
}
