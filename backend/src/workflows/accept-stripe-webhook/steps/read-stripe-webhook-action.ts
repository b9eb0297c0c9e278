import type { WebhookActionResult } from "@medusajs/framework/types"
import { Modules, PaymentActions } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AcceptStripeWebhookInput } from ".."

export const STRIPE_PROVIDER_ID = "stripe_stripe"

/** Actions Medusa's own payment webhook subscriber leaves alone (no state change to carry out yet). */
const NOT_ACTED_ON: string[] = [
  PaymentActions.NOT_SUPPORTED,
  PaymentActions.CANCELED,
  PaymentActions.FAILED,
  PaymentActions.REQUIRES_MORE,
  PaymentActions.PENDING_AUTHORIZATION,
  PaymentActions.PENDING,
]

/**
 * What the event asks of which payment session, as the Stripe provider reads it. Like Medusa's
 * subscriber, an event without a session id (another integration on the same Stripe account) is
 * not acted on: it cannot be tied to a cart of this shop. Reads only, nothing to compensate.
 */
export const readStripeWebhookActionStep = createStep(
  "read-stripe-webhook-action",
  async (payload: AcceptStripeWebhookInput["payload"], { container }) => {
    // workflow input is stored as JSON: the signed raw body comes back as { type: "Buffer", data }
    const raw = payload.rawData as any
    const rawData = raw?.type === "Buffer" && Array.isArray(raw.data) ? Buffer.from(raw.data) : raw
    const event: WebhookActionResult = await container
      .resolve(Modules.PAYMENT)
      .getWebhookActionAndData({ provider: STRIPE_PROVIDER_ID, payload: { ...payload, rawData } as any })
    const actionable = !!event.data?.session_id && !NOT_ACTED_ON.includes(event.action)
    return new StepResponse({ event, actionable })
  }
)
