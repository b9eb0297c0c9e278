import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CashOnDeliveryProvider } from "../../modules/ocop-payments/cash-on-delivery"
import { VietQrProvider } from "../../modules/ocop-payments/vietqr"

/** Medusa names a provider `pp_<identifier>_<id in medusa-config>`; ours are registered as "ocop". */
const OFFLINE_PROVIDER_IDS = [CashOnDeliveryProvider.identifier, VietQrProvider.identifier].map((identifier) => `pp_${identifier}_ocop`)

/**
 * Cash on delivery and VietQR compute every field of their session themselves (amount, transfer
 * reference, confirmation). Medusa's payment module merges whatever `data` the shopper sends into
 * the session, so a shopper-sent `confirmed_at` would sit beside ours: such a request is refused.
 */
export function refuseShopperPaymentData(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { provider_id?: unknown; data?: unknown }
  const sendsData = body.data != null && (typeof body.data !== "object" || Object.keys(body.data as object).length > 0)
  if (typeof body.provider_id === "string" && OFFLINE_PROVIDER_IDS.includes(body.provider_id) && sendsData) {
    res.status(400).json({
      type: "invalid_data",
      code: "ocop.payment.data_not_accepted",
      message: "Phương thức thanh toán này không nhận dữ liệu từ người mua (this payment method takes no data from the shopper)",
    })
    return
  }
  next()
}
