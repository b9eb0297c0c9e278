import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"
import { ProducerProfileUpdate } from "../validators"

export const producerMeMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "GET", matcher: "/producer/me", access: { resource: "profile" } }),
  producerRoute({ method: "POST", matcher: "/producer/me", access: { resource: "profile" }, body: ProducerProfileUpdate }),
]
