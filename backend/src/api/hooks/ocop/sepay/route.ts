import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VietQrProvider } from "../../../../modules/ocop-payments/vietqr"
import { acceptNotificationOnce, notificationRecorded, sessionWithPayment } from "../payment-notification"
import type { PaymentNotificationRecord } from "../../../../workflows/accept-payment-notification"
import { vietQrReferenceIn } from "./reference"
import type { SepayTransaction } from "./validators"

const VIETQR_PROVIDER_ID = `pp_${VietQrProvider.identifier}_ocop`

/**
 * SePay reports a transfer into the shop's account. A transfer carrying a VietQR order's reference
 * and exactly its amount captures that payment (the order becomes paid, as when the office confirms
 * it by hand, which stays possible); any other transfer is recorded for the office and captures
 * nothing. Each SePay transaction is acted on once: a redelivery answers success and changes nothing.
 * SePay retries unless it gets a 2xx with `{ success: true }`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const transfer = req.body as SepayTransaction & Record<string, unknown>
  if (transfer.transferType !== "in") {
    res.json({ success: true, outcome: "ignored" })
    return
  }
  const id = `sepay:${transfer.id}`
  if (await notificationRecorded(req.scope, id)) {
    res.json({ success: true, outcome: "duplicate" })
    return
  }
  const reference = vietQrReferenceIn(transfer.code, transfer.content)
  const session = reference ? await sessionWithPayment(req.scope, { provider_id: VIETQR_PROVIDER_ID, data: { reference } }) : undefined
  const outcome: PaymentNotificationRecord["outcome"] = !session
    ? "not_found"
    : Number(session.amount) !== transfer.transferAmount
      ? "amount_mismatch"
      : session.payment?.captured_at
        ? "already_captured"
        : "captured"
  const { duplicate } = await acceptNotificationOnce(req.scope, {
    notification: {
      id,
      source: "sepay",
      reference,
      amount: transfer.transferAmount,
      outcome,
      payment_session_id: session?.id ?? null,
      payload: transfer,
    },
  })
  res.json({ success: true, outcome: duplicate ? "duplicate" : outcome })
}
