import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"

export const producerStockLocationsMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "GET", matcher: "/producer/stock-locations", access: { resource: "list" } }),
]
