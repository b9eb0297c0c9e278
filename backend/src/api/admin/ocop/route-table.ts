import type { z } from "@medusajs/framework/zod"
import type { OfficeRecordKind } from "../../../lib/office/record-province"
import { AdminAssignOfficeScope } from "./office-scopes/validators"

/**
 * How an admin OCOP route is confined to the acting officer's province. A national account passes
 * every rule; a provincial one:
 * - `self`: reads only its own account (no scope needed, so an unscoped account learns why it is refused)
 * - `national`: refused
 * - `list`: allowed; the handler filters to the officer's province (`officeProvinceFilter`)
 * - `query_province`: `?province_code` may name only the officer's province; the handler applies it
 * - `record`: the record named by the `:id` param (or a body field) must be in the officer's province
 * - `body_province`: the body's `province_code` must be the officer's
 */
export type OfficeScopeRule =
  | { kind: "self" }
  | { kind: "national" }
  | { kind: "list" }
  | { kind: "query_province" }
  | {
      kind: "record"
      resource: OfficeRecordKind
      bodyField?: string
      bodyProvince?: boolean
      fiveStar?: "record" | "transition"
      /** further records the body names (dotted path), each of which must be in the officer's province too */
      alsoBody?: Array<{ path: string; resource: OfficeRecordKind }>
    }
  | { kind: "body_province" }

export type OfficeRoute = {
  method: "GET" | "POST" | "DELETE"
  matcher: string
  scope: OfficeScopeRule
  /** validation wired here for routes whose validators are not wired elsewhere yet */
  body?: z.ZodTypeAny
}

/**
 * Every route under /admin/ocop, in one table. admin/ocop/middlewares.ts builds the scope check
 * from it and the isolation matrix (integration-tests/http/office-isolation.spec.ts) is generated
 * from it and checked against the route files on disk, so a new office route cannot escape either.
 */
export const OFFICE_ROUTES: OfficeRoute[] = [
  { method: "GET", matcher: "/admin/ocop/office-scopes/me", scope: { kind: "self" } },
  { method: "GET", matcher: "/admin/ocop/office-scopes", scope: { kind: "national" } },
  { method: "POST", matcher: "/admin/ocop/office-scopes", scope: { kind: "national" }, body: AdminAssignOfficeScope },

  { method: "GET", matcher: "/admin/ocop/certificates", scope: { kind: "query_province" } },
  { method: "POST", matcher: "/admin/ocop/certificates", scope: { kind: "record", resource: "product", bodyField: "product_id", fiveStar: "record", alsoBody: [{ path: "supersedes.certificate_id", resource: "certificate" }] } },
  { method: "POST", matcher: "/admin/ocop/certificates/:id/transitions", scope: { kind: "record", resource: "certificate", fiveStar: "transition" } },
  { method: "GET", matcher: "/admin/ocop/products/:id/certificates", scope: { kind: "record", resource: "product" } },

  { method: "GET", matcher: "/admin/ocop/producers", scope: { kind: "list" } },
  { method: "POST", matcher: "/admin/ocop/producers/:id/approval", scope: { kind: "record", resource: "producer" } },

  { method: "GET", matcher: "/admin/ocop/dashboard", scope: { kind: "query_province" } },
  { method: "GET", matcher: "/admin/ocop/reports", scope: { kind: "query_province" } },
  { method: "GET", matcher: "/admin/ocop/programme-targets", scope: { kind: "query_province" } },
  { method: "POST", matcher: "/admin/ocop/programme-targets", scope: { kind: "body_province" } },
  { method: "GET", matcher: "/admin/ocop/programme-targets/:id", scope: { kind: "record", resource: "programme_target" } },
  { method: "POST", matcher: "/admin/ocop/programme-targets/:id", scope: { kind: "record", resource: "programme_target", bodyProvince: true } },
  { method: "DELETE", matcher: "/admin/ocop/programme-targets/:id", scope: { kind: "record", resource: "programme_target" } },

  { method: "GET", matcher: "/admin/ocop/sales-points", scope: { kind: "list" } },
  { method: "POST", matcher: "/admin/ocop/sales-points", scope: { kind: "body_province" } },
  { method: "GET", matcher: "/admin/ocop/sales-points/:id", scope: { kind: "record", resource: "sales_point" } },
  { method: "POST", matcher: "/admin/ocop/sales-points/:id", scope: { kind: "record", resource: "sales_point", bodyProvince: true } },
  { method: "POST", matcher: "/admin/ocop/sales-points/:id/staff", scope: { kind: "record", resource: "point" } },
  // the handler answers 404 for a staff member who is not the point's
  { method: "POST", matcher: "/admin/ocop/sales-points/:id/staff/:staff_id", scope: { kind: "record", resource: "point" } },
  { method: "DELETE", matcher: "/admin/ocop/sales-points/:id/staff/:staff_id", scope: { kind: "record", resource: "point" } },
  { method: "GET", matcher: "/admin/ocop/fairs", scope: { kind: "list" } },
  { method: "POST", matcher: "/admin/ocop/fairs", scope: { kind: "body_province" } },
  { method: "POST", matcher: "/admin/ocop/fairs/:id/booths", scope: { kind: "record", resource: "fair" } },
  { method: "GET", matcher: "/admin/ocop/fairs/:id/returns", scope: { kind: "record", resource: "fair" } },
  // consignments span a point and a producer, possibly of two provinces: the national office decides in a producer's place
  { method: "GET", matcher: "/admin/ocop/consignments", scope: { kind: "national" } },
  { method: "POST", matcher: "/admin/ocop/consignments/:id/approve", scope: { kind: "national" } },
]
