import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"
import { ProducerCreateFulfillment, ProducerListParams } from "../validators"

export const producerOrdersMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "GET", matcher: "/producer/orders", access: { resource: "list" }, query: ProducerListParams }),
  producerRoute({ method: "GET", matcher: "/producer/orders/:id", access: { resource: "order" } }),
  producerRoute({
    method: "POST",
    matcher: "/producer/orders/:id/fulfillments",
    access: { resource: "order" },
    body: ProducerCreateFulfillment,
  }),
]
