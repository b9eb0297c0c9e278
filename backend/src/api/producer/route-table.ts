import type { z } from "@medusajs/framework/zod"
import {
  AdminListProducersParams,
  AdminProducerApproval,
  ProducerAcceptInvite,
  ProducerCreateFulfillment,
  ProducerCreateProduct,
  ProducerInviteMember,
  ProducerListParams,
  ProducerOnboarding,
  ProducerProfileUpdate,
  ProducerReevaluation,
  ProducerSalesParams,
  ProducerSetStock,
  ProducerSubmitCertificate,
  ProducerUpdateProduct,
  ProducerVariant,
  ProducerVariantUpdate,
} from "./validators"
import { ProducerConsignmentParams, ProducerRefuseConsignment } from "./consignments/validators"

/**
 * Every route of the producer portal, in one table. middlewares.ts builds authentication, the
 * producer scope and validation from it, and the isolation test (integration-tests/http/
 * producer-isolation.spec.ts) generates its matrix from it, so a route cannot be added without
 * being tested for isolation.
 */
export type ProducerRoute = {
  method: "GET" | "POST" | "DELETE"
  matcher: string
  /**
   * What the route acts on, for the isolation matrix: the :id (and :variant_id) path params, or the
   * body's ids (`body_ids`), name a record of this kind; "list" routes must never show another's.
   */
  resource: "profile" | "member" | "invite" | "upload" | "product" | "variant" | "stock" | "certificate" | "order" | "consignment" | "list"
  /** the login may not be linked to a producer yet (onboarding, accepting an invite) */
  unregistered?: boolean
  /** only the producer's owner */
  ownerOnly?: boolean
  body?: z.ZodTypeAny
  query?: z.ZodTypeAny
  /** multipart upload (`files`) */
  upload?: boolean
}

export const PRODUCER_ROUTES: ProducerRoute[] = [
  { method: "POST", matcher: "/producer/onboarding", resource: "profile", unregistered: true, body: ProducerOnboarding },
  { method: "GET", matcher: "/producer/me", resource: "profile" },
  { method: "POST", matcher: "/producer/me", resource: "profile", body: ProducerProfileUpdate },
  { method: "GET", matcher: "/producer/members", resource: "list" },
  { method: "POST", matcher: "/producer/members/invites", resource: "invite", ownerOnly: true, body: ProducerInviteMember },
  { method: "POST", matcher: "/producer/invites/accept", resource: "invite", unregistered: true, body: ProducerAcceptInvite },
  { method: "DELETE", matcher: "/producer/members/:id", resource: "member", ownerOnly: true },
  { method: "POST", matcher: "/producer/uploads", resource: "upload", upload: true },
  { method: "GET", matcher: "/producer/products", resource: "list", query: ProducerListParams },
  { method: "POST", matcher: "/producer/products", resource: "product", body: ProducerCreateProduct },
  { method: "GET", matcher: "/producer/products/:id", resource: "product" },
  { method: "POST", matcher: "/producer/products/:id", resource: "product", body: ProducerUpdateProduct },
  { method: "DELETE", matcher: "/producer/products/:id", resource: "product" },
  { method: "POST", matcher: "/producer/products/:id/variants", resource: "product", body: ProducerVariant },
  { method: "POST", matcher: "/producer/products/:id/variants/:variant_id", resource: "variant", body: ProducerVariantUpdate },
  { method: "DELETE", matcher: "/producer/products/:id/variants/:variant_id", resource: "variant" },
  { method: "GET", matcher: "/producer/stock-locations", resource: "list" },
  { method: "GET", matcher: "/producer/inventory", resource: "list" },
  { method: "POST", matcher: "/producer/inventory", resource: "stock", body: ProducerSetStock },
  { method: "GET", matcher: "/producer/certificates", resource: "list" },
  { method: "POST", matcher: "/producer/certificates", resource: "certificate", body: ProducerSubmitCertificate },
  { method: "GET", matcher: "/producer/certificates/:id", resource: "certificate" },
  { method: "POST", matcher: "/producer/certificates/:id/reevaluation", resource: "certificate", body: ProducerReevaluation },
  { method: "GET", matcher: "/producer/orders", resource: "list", query: ProducerListParams },
  { method: "GET", matcher: "/producer/orders/:id", resource: "order" },
  { method: "POST", matcher: "/producer/orders/:id/fulfillments", resource: "order", body: ProducerCreateFulfillment },
  { method: "GET", matcher: "/producer/sales", resource: "list", query: ProducerSalesParams },
  { method: "GET", matcher: "/producer/dashboard", resource: "list" },
  { method: "GET", matcher: "/producer/consignments", resource: "list", query: ProducerConsignmentParams },
  { method: "POST", matcher: "/producer/consignments/:id/confirm", resource: "consignment" },
  { method: "POST", matcher: "/producer/consignments/:id/refuse", resource: "consignment", body: ProducerRefuseConsignment },
]

/** The office's side of producer approval (Medusa admin authentication applies to /admin/*). */
export const ADMIN_PRODUCER_ROUTES: { method: "GET" | "POST"; matcher: string; body?: z.ZodTypeAny; query?: z.ZodTypeAny }[] = [
  { method: "GET", matcher: "/admin/ocop/producers", query: AdminListProducersParams },
  { method: "POST", matcher: "/admin/ocop/producers/:id/approval", body: AdminProducerApproval },
]
