import type { MiddlewareRoute } from "@medusajs/framework/http"
import { officeRoute } from "../office-route"
import { AdminProgrammeReportParams } from "./validators"

export const adminReportsMiddlewares: MiddlewareRoute[] = [
  officeRoute({ method: "GET", matcher: "/admin/ocop/reports", scope: { kind: "query_province" }, query: AdminProgrammeReportParams }),
]
