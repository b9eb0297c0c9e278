import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPaymentCollectionAsPaid } from "@medusajs/medusa/core-flows"
import { ERROR_CODES, ocopError } from "../../../../../../../lib/errors"
import { RETAIL_MODULE } from "../../../../../../../modules/retail"
import type RetailModuleService from "../../../../../../../modules/retail/service"
import { paymentStatusOf, saleOfPoint } from "../sale-of-point"

/**
 * The staff member saw the VietQR transfer arrive in the point's bank account: the sale is paid,
 * captured by them. Only for a VietQR sale of this point that still awaits payment.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const order = await saleOfPoint(req.scope, point, req.params.order_id, ["payment_collections.id", "payment_collections.status"])
  if (order.metadata?.payment !== "vietqr") {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.POS_NOT_VIETQR,
      "Hoá đơn này không thanh toán bằng VietQR",
      "This sale is not paid by VietQR"
    )
  }
  if (paymentStatusOf(order) === "paid") {
    throw ocopError("NOT_ALLOWED", ERROR_CODES.POS_ALREADY_PAID, "Hoá đơn này đã được xác nhận thanh toán", "This sale is already paid")
  }
  const collection = (order.payment_collections ?? []).find((c: any) => c && c.status !== "completed")
  if (!collection) {
    throw ocopError(
      "NOT_ALLOWED",
      ERROR_CODES.POS_NO_PAYMENT_COLLECTION,
      "Hoá đơn này không có khoản cần thu",
      "This sale has nothing to collect"
    )
  }
  await markPaymentCollectionAsPaid(req.scope).run({
    input: { payment_collection_id: collection.id, order_id: order.id, captured_by: req.auth_context.actor_id },
  })
  res.json({ order_id: order.id, payment: "vietqr", payment_status: "paid" })
}
