import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"

export const producerDashboardMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "GET", matcher: "/producer/dashboard", access: { resource: "list" } }),
]
