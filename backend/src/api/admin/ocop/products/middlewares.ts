import type { MiddlewareRoute } from "@medusajs/framework/http"
import { officeRoute } from "../office-route"

export const adminOcopProductsMiddlewares: MiddlewareRoute[] = [
  officeRoute({ method: "GET", matcher: "/admin/ocop/products/:id/certificates", scope: { kind: "record", resource: "product" } }),
]
