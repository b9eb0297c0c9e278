import { Module } from "@medusajs/framework/utils"
import StripeWebhooksModuleService from "./service"

export const STRIPE_WEBHOOKS_MODULE = "stripe_webhooks"

export default Module(STRIPE_WEBHOOKS_MODULE, { service: StripeWebhooksModuleService })
