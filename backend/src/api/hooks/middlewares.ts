import type { MiddlewareRoute } from "@medusajs/framework/http"
import { hooksSepayMiddlewares } from "./ocop/sepay/middlewares"

export const hooksMiddlewares: MiddlewareRoute[] = [
  // Stripe signs the exact bytes it sends
  { methods: ["POST"], matcher: "/hooks/ocop/stripe", bodyParser: { preserveRawBody: true } },
  // VNPay's IPN and return (GET, signed query) need none; SePay's transfers do
  ...hooksSepayMiddlewares,
]
