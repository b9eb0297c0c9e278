import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"
import { ProducerSalesParams } from "../validators"

export const producerSalesMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "GET", matcher: "/producer/sales", access: { resource: "list" }, query: ProducerSalesParams }),
]
