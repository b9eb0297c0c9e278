/**
 * VNPay is switched on by its two credentials, VNPAY_TMN_CODE (the terminal/merchant code) and
 * VNPAY_SECURE_SECRET (the key VNPay signs with). Neither: no VNPay, the shop runs without it. Only
 * one: a half-done configuration, which stops the start outside development (secrets fail closed)
 * and is ignored with a warning in development.
 *
 * No I/O and no framework imports: medusa-config.ts loads this before Medusa is up, and the IPN and
 * return routes read the same settings the provider was given.
 */
export type VnpaySettings = {
  tmn_code: string
  secure_secret: string
  /** https://sandbox.vnpayment.vn (default) or VNPay's production host */
  host: string
  /** where VNPay sends the shopper back: the storefront's return page */
  return_url: string
}

type Env = Record<string, string | undefined>

export const VNPAY_SANDBOX_HOST = "https://sandbox.vnpayment.vn"

export class VnpayConfigurationError extends Error {
  constructor(missing: string) {
    super(
      `Cấu hình VNPay chưa đủ: thiếu ${missing}. Đặt cả VNPAY_TMN_CODE và VNPAY_SECURE_SECRET, hoặc bỏ cả hai để tắt VNPay ` +
        `(VNPay is half configured: ${missing} is not set; set both VNPAY_TMN_CODE and VNPAY_SECURE_SECRET, or neither).`
    )
    this.name = "VnpayConfigurationError"
  }
}

export function vnpaySettings(env: Env = process.env): VnpaySettings | null {
  const tmnCode = env.VNPAY_TMN_CODE?.trim()
  const secret = env.VNPAY_SECURE_SECRET?.trim()
  if (!tmnCode && !secret) {
    return null
  }
  if (!tmnCode || !secret) {
    const error = new VnpayConfigurationError(tmnCode ? "VNPAY_SECURE_SECRET" : "VNPAY_TMN_CODE")
    const development = !env.NODE_ENV || env.NODE_ENV === "development"
    if (!development) {
      throw error
    }
    console.warn(`${error.message} VNPay stays off in this development process.`)
    return null
  }
  const storefront = (env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  return {
    tmn_code: tmnCode,
    secure_secret: secret,
    host: env.VNPAY_HOST || VNPAY_SANDBOX_HOST,
    return_url: env.VNPAY_RETURN_URL || `${storefront}/vi/checkout/vnpay`,
  }
}

/** Medusa names the provider pp_<identifier>_<id>; it is registered with id "vnpay". */
export const VNPAY_PROVIDER_ID = "pp_vnpay_vnpay"
