import type { MiddlewareRoute } from "@medusajs/framework/http"
import { officeRoute } from "../office-route"
import { AdminAssignOfficeScope } from "./validators"

export const adminOfficeScopesMiddlewares: MiddlewareRoute[] = [
  officeRoute({ method: "GET", matcher: "/admin/ocop/office-scopes/me", scope: { kind: "self" } }),
  officeRoute({ method: "GET", matcher: "/admin/ocop/office-scopes", scope: { kind: "national" } }),
  officeRoute({ method: "POST", matcher: "/admin/ocop/office-scopes", scope: { kind: "national" }, body: AdminAssignOfficeScope }),
]
