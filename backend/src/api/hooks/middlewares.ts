import type { MiddlewareRoute } from "@medusajs/framework/http"

export const hooksMiddlewares: MiddlewareRoute[] = [
  // Stripe signs the exact bytes it sends
  { methods: ["POST"], matcher: "/hooks/ocop/stripe", bodyParser: { preserveRawBody: true } },
]
