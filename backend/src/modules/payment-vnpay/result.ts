import { HashAlgorithm, ignoreLogger, VNPay } from "./vnpay-package"
import type { VnpaySettings } from "./settings"

/** The fields VNPay sends to the return URL and the IPN URL, all signed together (vnp_SecureHash). */
export type VnpayResultQuery = Record<string, string>

export function vnpayClient(settings: VnpaySettings) {
  return new VNPay({
    tmnCode: settings.tmn_code,
    secureSecret: settings.secure_secret,
    vnpayHost: settings.host,
    hashAlgorithm: HashAlgorithm.SHA512,
    enableLog: false,
    loggerFn: ignoreLogger,
  })
}

/** VNPay's transaction reference for a payment session: its id without Medusa's prefix (VNPay takes letters and digits). */
export const txnRefOf = (sessionId: string) => sessionId.replace(/^payses_/, "")
export const sessionIdOf = (txnRef: string) => `payses_${txnRef}`

export type VnpayResult = {
  /** signed by VNPay with our secret, for our terminal */
  verified: boolean
  /** VNPay says the money was taken (response code and transaction status 00) */
  paid: boolean
  txn_ref: string
  /** in đồng (VNPay sends amount × 100) */
  amount: number
  transaction_no: string
  response_code: string
  message: string
}

/**
 * A return or IPN query read with the vnpay package's own verification: the signature over every
 * vnp_ field, the terminal code, and VNPay's result. Anything malformed is simply not verified.
 */
export function readVnpayResult(settings: VnpaySettings, query: Record<string, unknown>): VnpayResult {
  const fields: VnpayResultQuery = {}
  for (const [key, value] of Object.entries(query ?? {})) {
    if (key.startsWith("vnp_") && typeof value === "string") {
      fields[key] = value
    }
  }
  const unverified: VnpayResult = {
    verified: false,
    paid: false,
    txn_ref: fields.vnp_TxnRef ?? "",
    amount: 0,
    transaction_no: fields.vnp_TransactionNo ?? "",
    response_code: fields.vnp_ResponseCode ?? "",
    message: "Wrong checksum",
  }
  if (!fields.vnp_SecureHash || !fields.vnp_TxnRef || !fields.vnp_Amount) {
    return unverified
  }
  try {
    const checked = vnpayClient(settings).verifyIpnCall(fields as any)
    const verified = checked.isVerified && fields.vnp_TmnCode === settings.tmn_code
    const amount = Number(checked.vnp_Amount)
    return {
      ...unverified,
      verified,
      paid: verified && checked.isSuccess && (fields.vnp_TransactionStatus ?? "00") === "00",
      amount: Number.isInteger(amount) ? amount : Number.NaN,
      message: checked.message,
    }
  } catch {
    return unverified
  }
}
