import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { session_id: string; result: Record<string, string> }

/**
 * Keeps VNPay's signed result in the payment session (the VNPay provider verifies it again when it
 * authorises); the compensation puts the session's previous data back.
 */
export const attachVnpayResultStep = createStep(
  "attach-vnpay-result",
  async ({ session_id, result }: Input, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const session = await payment.retrievePaymentSession(session_id)
    await payment.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: { ...(session.data ?? {}), vnpay_result: result },
    })
    return new StepResponse(undefined, { id: session.id, amount: session.amount, currency_code: session.currency_code, data: session.data })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve(Modules.PAYMENT).updatePaymentSession({ ...previous, data: previous.data ?? {} })
    }
  }
)
