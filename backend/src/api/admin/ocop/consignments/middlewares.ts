import type { MiddlewareRoute } from "@medusajs/framework/http"
import { officeRoute } from "../office-route"
import { AdminConsignmentParams } from "./validators"

/** Consignments span a point and a producer, possibly of two provinces: the national office decides in a producer's place. */
export const adminConsignmentsMiddlewares: MiddlewareRoute[] = [
  officeRoute({ method: "GET", matcher: "/admin/ocop/consignments", scope: { kind: "national" }, query: AdminConsignmentParams }),
  officeRoute({ method: "POST", matcher: "/admin/ocop/consignments/:id/approve", scope: { kind: "national" } }),
]
