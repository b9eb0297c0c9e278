import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"
import { ProducerSetStock } from "../validators"

/** Setting stock names a variant and a warehouse in the body: both must be the producer's. */
export const producerInventoryMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "GET", matcher: "/producer/inventory", access: { resource: "list" } }),
  producerRoute({ method: "POST", matcher: "/producer/inventory", access: { resource: "stock" }, body: ProducerSetStock }),
]
