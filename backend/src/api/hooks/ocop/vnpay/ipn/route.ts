import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IpnUnknownError } from "../../../../../modules/payment-vnpay/vnpay-package"
import { vnpaySettings } from "../../../../../modules/payment-vnpay/settings"
import { applyVnpayResult } from "../vnpay-result"

/**
 * VNPay's IPN (instant payment notification): VNPay calls this URL server to server with the signed
 * result and expects `{ RspCode, Message }` with status 200 — 00 confirmed, 97 bad checksum, 01 order
 * not found, 04 invalid amount, 02 already confirmed, 99 anything else (VNPay calls again later).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const settings = vnpaySettings()
  if (!settings) {
    res.status(404).json({ RspCode: "99", Message: "VNPay is not configured" })
    return
  }
  try {
    const { answer } = await applyVnpayResult(req.scope, settings, req.query as Record<string, unknown>)
    res.json(answer)
  } catch (e: any) {
    req.scope.resolve("logger").warn(`VNPay IPN ${String(req.query?.vnp_TxnRef ?? "")} not processed, VNPay will retry: ${e?.message ?? e}`)
    res.json(IpnUnknownError)
  }
}
