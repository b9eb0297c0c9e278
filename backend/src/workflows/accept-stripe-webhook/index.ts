import { createStep, createWorkflow, StepResponse, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PaymentWebhookEvents } from "@medusajs/framework/utils"
import { transform } from "@medusajs/framework/workflows-sdk"
import { STRIPE_WEBHOOKS_MODULE } from "../../modules/stripe-webhooks"

export type AcceptStripeWebhookInput = {
  event: { id: string; type: string; livemode: boolean }
  payload: { data: unknown; rawData: unknown; headers: Record<string, unknown> }
}

/** Records the event by Stripe's id; a second delivery of the same id fails here (primary key). */
const recordStripeEventStep = createStep(
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

/**
 * A verified Stripe event, accepted once: recorded, then handed to Medusa's own payment webhook
 * processing (the Stripe provider maps it to authorise / capture / fail on the payment session).
 */
export const acceptStripeWebhookWorkflow = createWorkflow(
  "accept-stripe-webhook",
  (input: WorkflowData<AcceptStripeWebhookInput>) => {
    recordStripeEventStep(input.event)
    emitEventStep({
      eventName: PaymentWebhookEvents.WebhookReceived,
      data: transform({ input }, ({ input }) => ({ provider: "stripe_stripe", payload: input.payload })),
    })
    return new WorkflowResponse(input.event.id)
  }
)
