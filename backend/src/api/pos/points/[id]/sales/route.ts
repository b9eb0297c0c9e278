import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pointOfStaff } from "../../../../../lib/retail/points"
import { counterVietQr } from "../../../../../lib/retail/vietqr"
import { sellAtPointWorkflow } from "../../../../../workflows/sell-at-point"
import type { PosCreateSaleType } from "../../../validators"

/** Sell over the counter: an order in the point's channel, stock taken from the point. */
export const POST = async (req: AuthenticatedMedusaRequest<PosCreateSaleType>, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  const body = req.validatedBody
  const { result } = await sellAtPointWorkflow(req.scope).run({
    input: { point, staff_id: req.auth_context.actor_id, items: body.items, payment: body.payment, cash_received: body.cash_received },
  })
  res.status(201).json({
    ...result,
    payment: body.payment,
    ...(body.payment === "cash" && body.cash_received != null ? { cash_received: body.cash_received, change_due: body.cash_received - result.total } : {}),
    ...(body.payment === "vietqr" ? { vietqr: counterVietQr(result.order_id, result.total) } : {}),
  })
}
