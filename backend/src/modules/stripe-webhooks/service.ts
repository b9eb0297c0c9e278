import { MedusaService } from "@medusajs/framework/utils"
import { StripeWebhookEvent } from "./models/stripe-webhook-event"

class StripeWebhooksModuleService extends MedusaService({ StripeWebhookEvent }) {}

export default StripeWebhooksModuleService
