import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerRoute } from "../producer-route"
import { ProducerConsignmentParams, ProducerRefuseConsignment } from "./validators"

export const producerConsignmentsMiddlewares: MiddlewareRoute[] = [
  producerRoute({ method: "GET", matcher: "/producer/consignments", access: { resource: "list" }, query: ProducerConsignmentParams }),
  producerRoute({ method: "POST", matcher: "/producer/consignments/:id/confirm", access: { resource: "consignment" } }),
  producerRoute({
    method: "POST",
    matcher: "/producer/consignments/:id/refuse",
    access: { resource: "consignment" },
    body: ProducerRefuseConsignment,
  }),
]
