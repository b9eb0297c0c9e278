import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
import Stripe from "stripe"
import { STRIPE_WEBHOOKS_MODULE } from "../../src/modules/stripe-webhooks"
import { failed } from "../helpers/http"

jest.setTimeout(120 * 1000)

// Stripe's servers are never called: events are signed here with the SDK's own test helper, with
// the webhook secret the backend is configured with.
const WEBHOOK_SECRET = "whsec_ocop_offline_test_secret"
process.env.STRIPE_API_KEY = "sk_test_ocop_offline"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
const stripe = new Stripe(process.env.STRIPE_API_KEY)
afterAll(() => {
  // other spec files in the same run start without Stripe
  delete process.env.STRIPE_API_KEY
  delete process.env.STRIPE_WEBHOOK_SECRET
})

// Without a session id an event cannot be tied to a cart of this shop (another integration on the
// same Stripe account): it is acknowledged and recorded, with nothing to process.
function stripeEvent(id: string, type = "payment_intent.succeeded", metadata: Record<string, string> = {}) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    livemode: false,
    created: Math.floor(Date.now() / 1000),
    data: { object: { id: `pi_${id}`, object: "payment_intent", amount: 120000, amount_received: 120000, currency: "vnd", metadata } },
  })
}

const signed = (payload: string, secret = WEBHOOK_SECRET, timestamp?: number) =>
  stripe.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) })

integrationTestRunner({
  inApp: true,
  env: { STRIPE_API_KEY: process.env.STRIPE_API_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET },
  testSuite: ({ api, getContainer }) => {
    const post = (payload: string, signature?: string) =>
      api.post("/hooks/ocop/stripe", payload, {
        headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
        transformRequest: [(body: string) => body], // send the exact signed bytes
      })
    const recorded = async (id: string) =>
      (await (getContainer().resolve(STRIPE_WEBHOOKS_MODULE) as any).listStripeWebhookEvents({ id })).length

    it("accepts an event Stripe signed, once", async () => {
      const payload = stripeEvent("evt_ocop_once")
      const { data } = await post(payload, signed(payload))
      expect(data).toEqual({ received: true, duplicate: false })
      expect(await recorded("evt_ocop_once")).toBe(1)
    })

    it("acknowledges a redelivered event without processing it again", async () => {
      const payload = stripeEvent("evt_ocop_twice")
      await post(payload, signed(payload))
      const { data } = await post(payload, signed(payload))
      expect(data).toEqual({ received: true, duplicate: true })
      expect(await recorded("evt_ocop_twice")).toBe(1)
    })

    it("accepts one of several concurrent deliveries of the same event", async () => {
      const payload = stripeEvent("evt_ocop_concurrent")
      const answers = await Promise.all(Array.from({ length: 5 }, () => post(payload, signed(payload))))
      expect(answers.every((a: any) => a.status === 200)).toBe(true)
      expect(answers.filter((a: any) => a.data.duplicate === false)).toHaveLength(1)
      expect(await recorded("evt_ocop_concurrent")).toBe(1)
    })

    it("records an event only once it was processed: a failed processing answers an error and Stripe's redelivery is processed", async () => {
      const payment = getContainer().resolve(Modules.PAYMENT) as any
      const collection = await payment.createPaymentCollections({ currency_code: "vnd", amount: 120000 })
      const session = await payment.createPaymentSession(collection.id, {
        provider_id: "pp_cod_ocop",
        currency_code: "vnd",
        amount: 120000,
        data: {},
      })
      const payload = stripeEvent("evt_ocop_retried", "payment_intent.succeeded", { session_id: session.id })
      // the session is not visible yet when Stripe's first delivery arrives, so processing fails
      await payment.softDeletePaymentSessions([session.id])
      const first = await failed(post(payload, signed(payload)))
      expect(first.status).toBe(500)
      expect(first.data.message).toMatch(/Chưa xử lý được sự kiện Stripe/)
      expect(await recorded("evt_ocop_retried")).toBe(0)

      await payment.restorePaymentSessions([session.id])
      const { data } = await post(payload, signed(payload))
      expect(data).toEqual({ received: true, duplicate: false })
      expect(await recorded("evt_ocop_retried")).toBe(1)
      const [paid] = await payment.listPayments({ payment_session_id: session.id }, { relations: ["captures"] })
      expect(paid.captures).toHaveLength(1)
      expect(Number(paid.captures[0].raw_amount?.value ?? paid.captures[0].amount)).toBe(120000)
    })

    it("refuses a tampered body, a wrong secret, a stale signature and a missing header, recording nothing", async () => {
      const payload = stripeEvent("evt_ocop_forged")
      const tampered = payload.replace("120000", "1")
      const cases = [
        post(tampered, signed(payload)),
        post(payload, signed(payload, "whsec_someone_else")),
        post(payload, signed(payload, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 600)),
        post(payload),
      ]
      for (const attempt of cases) {
        const response = await failed(attempt)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/chữ ký Stripe/i)
      }
      expect(await recorded("evt_ocop_forged")).toBe(0)
    })
  },
})
