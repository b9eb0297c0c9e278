import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_WEBHOOKS_MODULE } from "../../../../modules/stripe-webhooks"
import { verifiedStripeEvent } from "../../../../lib/stripe-webhook"
import { ERROR_CODES, ocopError } from "../../../../lib/errors"
import { acceptStripeWebhookWorkflow } from "../../../../workflows/accept-stripe-webhook"

const LOCK_TIMEOUT_S = 60

/**
 * Stripe's webhook endpoint. Unlike Medusa's generic /hooks/payment/:provider (which answers 200 to
 * anything and processes later), the signature is verified and the event processed before
 * answering: 200 only once it is done, an error otherwise so that Stripe delivers it again. An
 * event Stripe delivers twice — retries are normal — is processed once (deliveries of one event id
 * wait for each other) and acknowledged again without effect.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const event = verifiedStripeEvent((req as any).rawBody, req.headers["stripe-signature"])
  const service = req.scope.resolve(STRIPE_WEBHOOKS_MODULE) as any
  const alreadyDone = async () => (await service.listStripeWebhookEvents({ id: event.id })).length > 0

  const duplicate = await req.scope.resolve(Modules.LOCKING).execute(
    `stripe-webhook-event:${event.id}`,
    async () => {
      if (await alreadyDone()) {
        return true
      }
      try {
        await acceptStripeWebhookWorkflow(req.scope).run({
          input: {
            event: { id: event.id, type: event.type, livemode: event.livemode },
            payload: { data: req.body, rawData: (req as any).rawBody, headers: req.headers as Record<string, unknown> },
          },
        })
        return false
      } catch (e: any) {
        // another server recorded it first (the lock is per process without a shared locking provider)
        if (await alreadyDone()) {
          return true
        }
        req.scope.resolve("logger").warn(`Stripe event ${event.id} (${event.type}) not processed, Stripe will retry: ${e?.message ?? e}`)
        throw ocopError(
          "UNEXPECTED_STATE",
          ERROR_CODES.STRIPE_EVENT_NOT_PROCESSED,
          "Chưa xử lý được sự kiện Stripe; Stripe sẽ gửi lại",
          `Stripe event ${event.id} could not be processed and was not recorded; Stripe will retry`
        )
      }
    },
    { timeout: LOCK_TIMEOUT_S }
  )
  res.json({ received: true, duplicate })
}
