import type { MiddlewareRoute } from "@medusajs/framework/http"
import { refuseShopperPaymentData } from "../payment-session-guard"

export const storePaymentCollectionsMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [refuseShopperPaymentData] },
]
