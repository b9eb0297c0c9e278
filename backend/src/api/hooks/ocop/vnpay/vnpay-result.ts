import type { MedusaContainer } from "@medusajs/framework/types"
import {
  InpOrderAlreadyConfirmed,
  IpnFailChecksum,
  IpnInvalidAmount,
  IpnOrderNotFound,
  IpnSuccess,
  type IpnResponse,
} from "../../../../modules/payment-vnpay/vnpay-package"
import { readVnpayResult, sessionIdOf } from "../../../../modules/payment-vnpay/result"
import { VNPAY_PROVIDER_ID, type VnpaySettings } from "../../../../modules/payment-vnpay/settings"
import type { PaymentNotificationRecord } from "../../../../workflows/accept-payment-notification"
import { acceptNotificationOnce, notificationRecorded, sessionWithPayment } from "../payment-notification"

export type VnpayOutcome = {
  /** VNPay's documented IPN answer */
  answer: IpnResponse
  outcome: "invalid" | PaymentNotificationRecord["outcome"] | "duplicate"
  session_id?: string
  amount?: number
}

const SESSION_CONFIRMED = ["authorized", "captured"]

/**
 * What VNPay's signed result (IPN call or the shopper's return, the same signed fields) does, in the
 * order VNPay's integration guide checks it: signature (97), order found (01), amount (04), already
 * confirmed (02), then the payment is captured (00). A forged result stores nothing; a verified one
 * that cannot be applied is recorded for the office.
 */
export async function applyVnpayResult(
  scope: MedusaContainer,
  settings: VnpaySettings,
  query: Record<string, unknown>
): Promise<VnpayOutcome> {
  const result = readVnpayResult(settings, query)
  if (!result.verified) {
    return { answer: IpnFailChecksum, outcome: "invalid" }
  }
  const sessionId = sessionIdOf(result.txn_ref)
  const session = await sessionWithPayment(scope, { id: sessionId, provider_id: VNPAY_PROVIDER_ID })
  const signed = Object.fromEntries(Object.entries(query).filter(([k, v]) => k.startsWith("vnp_") && typeof v === "string")) as Record<
    string,
    string
  >
  const record = (outcome: PaymentNotificationRecord["outcome"]): PaymentNotificationRecord => ({
    id: `vnpay:${result.transaction_no || result.txn_ref}:${result.response_code}`,
    source: "vnpay",
    reference: result.txn_ref,
    amount: Number.isInteger(result.amount) ? result.amount : 0,
    outcome,
    payment_session_id: session?.id ?? null,
    payload: signed,
  })
  if (!session) {
    return { answer: IpnOrderNotFound, outcome: "not_found" }
  }
  const base = { session_id: session.id, amount: result.amount }
  if (result.amount !== Number(session.amount)) {
    await acceptNotificationOnce(scope, { notification: record("amount_mismatch") })
    return { ...base, answer: IpnInvalidAmount, outcome: "amount_mismatch" }
  }
  if (SESSION_CONFIRMED.includes(session.status) || session.payment || (await notificationRecorded(scope, record("captured").id))) {
    return { ...base, answer: InpOrderAlreadyConfirmed, outcome: "duplicate" }
  }
  if (!result.paid) {
    // VNPay reports a failed or cancelled payment: acknowledged and recorded, nothing to capture
    await acceptNotificationOnce(scope, { notification: record("failed") })
    return { ...base, answer: IpnSuccess, outcome: "failed" }
  }
  const { duplicate } = await acceptNotificationOnce(scope, { notification: record("captured"), vnpay_result: signed })
  return duplicate
    ? { ...base, answer: InpOrderAlreadyConfirmed, outcome: "duplicate" }
    : { ...base, answer: IpnSuccess, outcome: "captured" }
}
