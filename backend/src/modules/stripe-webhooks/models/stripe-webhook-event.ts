import { model } from "@medusajs/framework/utils"

/** A Stripe event this shop has accepted, by Stripe's own id: a second delivery finds it and stops. */
export const StripeWebhookEvent = model.define("stripe_webhook_event", {
  id: model.text().primaryKey(),
  type: model.text(),
  livemode: model.boolean().default(false),
})
