import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListProducersParams, AdminProducerApproval } from "../../../producer/validators"
import { officeRoute } from "../office-route"

/** The office's side of producer approval. */
export const adminProducersMiddlewares: MiddlewareRoute[] = [
  officeRoute({ method: "GET", matcher: "/admin/ocop/producers", scope: { kind: "list" }, query: AdminListProducersParams }),
  officeRoute({
    method: "POST",
    matcher: "/admin/ocop/producers/:id/approval",
    scope: { kind: "record", resource: "producer" },
    body: AdminProducerApproval,
  }),
]
