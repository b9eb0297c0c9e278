import type { MiddlewareRoute } from "@medusajs/framework/http"
import { officeRoute } from "../office-route"
import { AdminCreateBooth, AdminCreateFair } from "../sales-points/validators"

export const adminFairsMiddlewares: MiddlewareRoute[] = [
  officeRoute({ method: "GET", matcher: "/admin/ocop/fairs", scope: { kind: "list" } }),
  officeRoute({ method: "POST", matcher: "/admin/ocop/fairs", scope: { kind: "body_province" }, body: AdminCreateFair }),
  officeRoute({
    method: "POST",
    matcher: "/admin/ocop/fairs/:id/booths",
    scope: { kind: "record", resource: "fair" },
    body: AdminCreateBooth,
  }),
  officeRoute({ method: "GET", matcher: "/admin/ocop/fairs/:id/returns", scope: { kind: "record", resource: "fair" } }),
]
