import { model } from "@medusajs/framework/utils"

/**
 * A payment notification this shop accepted from VNPay (IPN) or the bank-transfer aggregator
 * (SePay), by the sender's own transaction id (`vnpay:<TransactionNo>`, `sepay:<id>`): a second
 * delivery finds it and changes nothing. Kept whatever the outcome, so the office sees transfers
 * that matched no order or carried the wrong amount. Immutable: never updated.
 */
export const PaymentNotification = model.define("payment_notification", {
  id: model.text().primaryKey(),
  source: model.enum(["vnpay", "sepay"]),
  /** the order's reference as the sender reported it (VNPay TxnRef, VietQR transfer note) */
  reference: model.text().nullable(),
  /** whole đồng */
  amount: model.number(),
  /** captured | amount_mismatch | not_found | already_captured | failed */
  outcome: model.text(),
  payment_session_id: model.text().nullable(),
  payload: model.json(),
})
