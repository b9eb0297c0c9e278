import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_WEBHOOKS_MODULE } from "../../../../modules/stripe-webhooks"
import { verifiedStripeEvent } from "../../../../lib/stripe-webhook"
import { acceptStripeWebhookWorkflow } from "../../../../workflows/accept-stripe-webhook"

/**
 * Stripe's webhook endpoint. Unlike Medusa's generic /hooks/payment/:provider (which answers 200 to
 * anything and checks later), the signature is verified before answering, and an event Stripe
 * delivers twice — retries are normal — is accepted once and acknowledged again without effect.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const event = verifiedStripeEvent((req as any).rawBody, req.headers["stripe-signature"])
  const service = req.scope.resolve(STRIPE_WEBHOOKS_MODULE) as any
  const [seen] = await service.listStripeWebhookEvents({ id: event.id })
  if (seen) {
    return res.json({ received: true, duplicate: true })
  }
  try {
    await acceptStripeWebhookWorkflow(req.scope).run({
      input: {
        event: { id: event.id, type: event.type, livemode: event.livemode },
        payload: { data: req.body, rawData: (req as any).rawBody, headers: req.headers as Record<string, unknown> },
      },
    })
  } catch (e: any) {
    // a concurrent delivery of the same event recorded it first
    const [recorded] = await service.listStripeWebhookEvents({ id: event.id })
    if (recorded) {
      return res.json({ received: true, duplicate: true })
    }
    throw e
  }
  res.json({ received: true, duplicate: false })
}
