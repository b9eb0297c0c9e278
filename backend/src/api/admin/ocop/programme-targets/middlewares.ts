import type { MiddlewareRoute } from "@medusajs/framework/http"
import { officeRoute } from "../office-route"
import { AdminCreateProgrammeTarget, AdminListProgrammeTargetsParams, AdminUpdateProgrammeTarget } from "./validators"

export const adminProgrammeTargetsMiddlewares: MiddlewareRoute[] = [
  officeRoute({
    method: "GET",
    matcher: "/admin/ocop/programme-targets",
    scope: { kind: "query_province" },
    query: AdminListProgrammeTargetsParams,
  }),
  officeRoute({
    method: "POST",
    matcher: "/admin/ocop/programme-targets",
    scope: { kind: "body_province" },
    body: AdminCreateProgrammeTarget,
  }),
  officeRoute({ method: "GET", matcher: "/admin/ocop/programme-targets/:id", scope: { kind: "record", resource: "programme_target" } }),
  officeRoute({
    method: "POST",
    matcher: "/admin/ocop/programme-targets/:id",
    scope: { kind: "record", resource: "programme_target", bodyProvince: true },
    body: AdminUpdateProgrammeTarget,
  }),
  officeRoute({ method: "DELETE", matcher: "/admin/ocop/programme-targets/:id", scope: { kind: "record", resource: "programme_target" } }),
]
