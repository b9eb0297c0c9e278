import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vnpaySettings } from "../../../../../modules/payment-vnpay/settings"
import { applyVnpayResult } from "../vnpay-result"

/**
 * The shopper's return from VNPay, as the storefront's return page forwards it: the same signed
 * fields as the IPN, applied the same way (whichever arrives first captures, the other finds it
 * done), answered for a person: paid or not, and the cart to complete.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const settings = vnpaySettings()
  if (!settings) {
    res.status(404).json({
      type: "not_found",
      code: "ocop.payment.vnpay_not_configured",
      message: "Thanh toán VNPay chưa được bật (VNPay is not configured)",
    })
    return
  }
  const outcome = await applyVnpayResult(req.scope, settings, req.query as Record<string, unknown>)
  if (outcome.outcome === "invalid") {
    res.status(400).json({
      type: "invalid_data",
      code: "ocop.payment.vnpay_signature_invalid",
      message: "Kết quả thanh toán VNPay không hợp lệ (invalid VNPay signature)",
    })
    return
  }
  let cartId: string | null = null
  if (outcome.session_id) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: sessions } = await query.graph({
      entity: "payment_session",
      fields: ["id", "payment_collection.cart.id"],
      filters: { id: outcome.session_id },
    })
    cartId = (sessions[0] as any)?.payment_collection?.cart?.id ?? null
  }
  const paid = outcome.outcome === "captured" || outcome.outcome === "duplicate"
  res.json({ paid, outcome: outcome.outcome, amount: outcome.amount ?? null, cart_id: cartId })
}
