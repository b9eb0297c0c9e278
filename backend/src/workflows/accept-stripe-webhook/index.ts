import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { readStripeWebhookActionStep } from "./steps/read-stripe-webhook-action"
import { recordStripeEventStep } from "./steps/record-stripe-event"

export type AcceptStripeWebhookInput = {
  event: { id: string; type: string; livemode: boolean }
  payload: { data: unknown; rawData: unknown; headers: Record<string, unknown> }
}

/**
 * A verified Stripe event, processed, then recorded as done: the Stripe provider maps it to an
 * action on a payment session (authorise / capture), Medusa's processPaymentWorkflow carries it out,
 * and only then is the event id recorded. A processing that fails records nothing, so the endpoint
 * answers an error and Stripe delivers the event again.
 */
export const acceptStripeWebhookWorkflow = createWorkflow("accept-stripe-webhook", (input: WorkflowData<AcceptStripeWebhookInput>) => {
  const action = readStripeWebhookActionStep(input.payload)
  when("stripe-event-acts-on-a-payment-session", { action }, ({ action }) => action.actionable).then(() => {
    processPaymentWorkflow.runAsStep({
      input: transform({ action }, ({ action }) => action.event),
    })
  })
  recordStripeEventStep(input.event)
  return new WorkflowResponse(transform({ action, input }, ({ action, input }) => ({ id: input.event.id, action: action.event.action })))
})
