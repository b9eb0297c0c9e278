import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import type RetailModuleService from "../../../../../modules/retail/service"
import { sellAtPointWorkflow } from "../../../../../workflows/sell-at-point"
import type { PosCreateSaleType } from "../../../validators"
import { counterVietQr } from "./counter-vietqr"

/** Sell over the counter: an order in the point's channel, stock taken from the point. */
export const POST = async (req: AuthenticatedMedusaRequest<PosCreateSaleType>, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const body = req.validatedBody
  const { result } = await sellAtPointWorkflow(req.scope).run({
    input: { point, staff_id: req.auth_context.actor_id, items: body.items, payment: body.payment, cash_received: body.cash_received },
  })
  res.status(201).json({
    ...result,
    payment: body.payment,
    ...(body.payment === "cash" && body.cash_received != null
      ? { cash_received: body.cash_received, change_due: body.cash_received - result.total }
      : {}),
    ...(body.payment === "vietqr" ? { vietqr: counterVietQr(result.order_id, result.total) } : {}),
  })
}
