import Stripe from "stripe"
import { ERROR_CODES, ocopError } from "./errors"

/** Stripe when configured, else null: the shop then has no card payments and no Stripe webhook. */
export function stripeSettings() {
  const apiKey = process.env.STRIPE_API_KEY
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET
  return apiKey && webhookSecret ? { apiKey, webhookSecret } : null
}

/**
 * The event a request carries, if and only if Stripe signed exactly these bytes within the last
 * five minutes (Stripe's replay tolerance); otherwise a 400 that says why.
 */
export function verifiedStripeEvent(rawBody: Buffer | string | undefined, signature: string | string[] | undefined) {
  const settings = stripeSettings()
  if (!settings) {
    throw ocopError("NOT_FOUND", ERROR_CODES.STRIPE_NOT_CONFIGURED, "Thanh toán Stripe chưa được bật", "Stripe is not configured")
  }
  if (!rawBody || typeof signature !== "string" || !signature) {
    throw ocopError("INVALID_DATA", ERROR_CODES.STRIPE_SIGNATURE_MISSING, "Thiếu chữ ký Stripe", "missing Stripe-Signature header")
  }
  try {
    return new Stripe(settings.apiKey).webhooks.constructEvent(rawBody, signature, settings.webhookSecret)
  } catch (e: any) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.STRIPE_SIGNATURE_INVALID,
      "Chữ ký Stripe không hợp lệ",
      `invalid Stripe signature: ${e.message}`
    )
  }
}
