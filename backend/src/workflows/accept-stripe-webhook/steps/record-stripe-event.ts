import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_WEBHOOKS_MODULE } from "../../../modules/stripe-webhooks"
import type { AcceptStripeWebhookInput } from ".."

/** Records the event by Stripe's id once it was processed; a second record of the same id fails (primary key). */
export const recordStripeEventStep = createStep(
  "record-stripe-event",
  async (event: AcceptStripeWebhookInput["event"], { container }) => {
    const service = container.resolve(STRIPE_WEBHOOKS_MODULE) as any
    await service.createStripeWebhookEvents({ id: event.id, type: event.type, livemode: event.livemode })
    return new StepResponse(event.id, event.id)
  },
  async (id, { container }) => {
    if (id) {
      await (container.resolve(STRIPE_WEBHOOKS_MODULE) as any).deleteStripeWebhookEvents(id)
    }
  }
)
