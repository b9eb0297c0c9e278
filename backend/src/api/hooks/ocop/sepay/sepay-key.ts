import { timingSafeEqual } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** The key SePay sends as `Authorization: Apikey <key>` (SEPAY_API_KEY); without it there is no SePay webhook. */
export const sepayApiKey = () => process.env.SEPAY_API_KEY?.trim() || null

const same = (a: string, b: string) => {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Before anything is read: only SePay, holding the shop's API key, may report a transfer. A request
 * without the key, or with another, is a 401 and nothing is stored.
 */
export function requireSepayKey(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const key = sepayApiKey()
  if (!key) {
    res.status(404).json({
      type: "not_found",
      code: "ocop.payment.sepay_not_configured",
      message: "Xác nhận chuyển khoản tự động (SePay) chưa được bật (SePay is not configured)",
    })
    return
  }
  const header = req.headers.authorization
  const sent = typeof header === "string" && /^apikey /i.test(header) ? header.slice("apikey ".length).trim() : ""
  if (!sent || !same(sent, key)) {
    res.status(401).json({
      success: false,
      type: "unauthorized",
      code: "ocop.payment.webhook_unauthorized",
      message: "Khóa API SePay không hợp lệ (invalid SePay API key)",
    })
    return
  }
  next()
}
