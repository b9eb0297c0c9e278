import type { MiddlewareRoute } from "@medusajs/framework/http"
import { officeRoute } from "../office-route"
import { AdminProgrammeDashboardParams } from "./validators"

export const adminDashboardMiddlewares: MiddlewareRoute[] = [
  officeRoute({ method: "GET", matcher: "/admin/ocop/dashboard", scope: { kind: "query_province" }, query: AdminProgrammeDashboardParams }),
]
