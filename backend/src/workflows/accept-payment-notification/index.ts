import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { attachVnpayResultStep } from "./steps/attach-vnpay-result"
import { recordPaymentNotificationStep } from "./steps/record-payment-notification"

export type PaymentNotificationRecord = {
  /** `<source>:<the sender's transaction id>` */
  id: string
  source: "vnpay" | "sepay"
  reference: string | null
  amount: number
  outcome: "captured" | "amount_mismatch" | "not_found" | "already_captured" | "failed"
  payment_session_id: string | null
  payload: Record<string, unknown>
}

export type AcceptPaymentNotificationInput = {
  notification: PaymentNotificationRecord
  /** VNPay only: its signed result, kept in the session so the provider can authorise it */
  vnpay_result?: Record<string, string>
}

/**
 * A verified payment notification (VNPay IPN or return, SePay transfer), acted on and then recorded:
 * when it pays the session's exact amount ("captured"), VNPay's signed result is kept in the session
 * and Medusa's processPaymentWorkflow authorises and captures the payment (completing the cart if the
 * shopper has not); any other outcome is only recorded, for the office. A processing that fails
 * records nothing, so the sender's retry is processed.
 */
export const acceptPaymentNotificationWorkflow = createWorkflow(
  "accept-payment-notification",
  (input: WorkflowData<AcceptPaymentNotificationInput>) => {
    const captures = transform(
      { input },
      ({ input }) => input.notification.outcome === "captured" && !!input.notification.payment_session_id
    )
    when("payment-notification-carries-vnpay-result", { input, captures }, ({ input, captures }) => captures && !!input.vnpay_result).then(
      () => {
        attachVnpayResultStep(
          transform({ input }, ({ input }) => ({ session_id: input.notification.payment_session_id!, result: input.vnpay_result! }))
        )
      }
    )
    when("payment-notification-captures", { captures }, ({ captures }) => captures).then(() => {
      processPaymentWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          action: PaymentActions.SUCCESSFUL,
          data: { session_id: input.notification.payment_session_id!, amount: input.notification.amount },
        })),
      })
    })
    const recorded = recordPaymentNotificationStep(input.notification)
    return new WorkflowResponse(recorded)
  }
)
