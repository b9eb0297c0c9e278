import type { MiddlewareRoute } from "@medusajs/framework/http"
import { officeRoute } from "../office-route"
import { AdminCreateSalesPoint, AdminCreateStaff, AdminUpdateSalesPoint, AdminUpdateStaff } from "./validators"

/** Points of sale and their counter staff; a staff member who is not the point's is the handler's 404. */
export const adminSalesPointsMiddlewares: MiddlewareRoute[] = [
  officeRoute({ method: "GET", matcher: "/admin/ocop/sales-points", scope: { kind: "list" } }),
  officeRoute({ method: "POST", matcher: "/admin/ocop/sales-points", scope: { kind: "body_province" }, body: AdminCreateSalesPoint }),
  officeRoute({ method: "GET", matcher: "/admin/ocop/sales-points/:id", scope: { kind: "record", resource: "sales_point" } }),
  officeRoute({
    method: "POST",
    matcher: "/admin/ocop/sales-points/:id",
    scope: { kind: "record", resource: "sales_point", bodyProvince: true },
    body: AdminUpdateSalesPoint,
  }),
  officeRoute({
    method: "POST",
    matcher: "/admin/ocop/sales-points/:id/staff",
    scope: { kind: "record", resource: "point" },
    body: AdminCreateStaff,
  }),
  officeRoute({
    method: "POST",
    matcher: "/admin/ocop/sales-points/:id/staff/:staff_id",
    scope: { kind: "record", resource: "point" },
    body: AdminUpdateStaff,
  }),
  officeRoute({ method: "DELETE", matcher: "/admin/ocop/sales-points/:id/staff/:staff_id", scope: { kind: "record", resource: "point" } }),
]
