import type { MiddlewareRoute } from "@medusajs/framework/http"
import { officeRoute } from "../office-route"
import { AdminListCertificatesParams } from "./list-validators"
import { AdminRecordCertificate, AdminTransitionCertificate } from "./validators"

/** 5★ is the ministry's: a provincial office may neither record one nor decide on one. */
export const adminCertificatesMiddlewares: MiddlewareRoute[] = [
  officeRoute({
    method: "GET",
    matcher: "/admin/ocop/certificates",
    scope: { kind: "query_province" },
    query: AdminListCertificatesParams,
  }),
  officeRoute({
    method: "POST",
    matcher: "/admin/ocop/certificates",
    scope: {
      kind: "record",
      resource: "product",
      bodyField: "product_id",
      fiveStar: "record",
      alsoBody: [{ path: "supersedes.certificate_id", resource: "certificate" }],
    },
    body: AdminRecordCertificate,
  }),
  officeRoute({
    method: "POST",
    matcher: "/admin/ocop/certificates/:id/transitions",
    scope: { kind: "record", resource: "certificate", fiveStar: "transition" },
    body: AdminTransitionCertificate,
  }),
]
