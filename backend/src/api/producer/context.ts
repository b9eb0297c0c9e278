import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ERROR_CODES, ocopError } from "../../lib/errors"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export type ProducerMemberRecord = {
  id: string
  email: string
  name: string | null
  role: "owner" | "member"
  auth_identity_id: string | null
  producer_id: string
}

export type ProducerRecord = Record<string, any> & { id: string; name: string; approval_status: string }

export type ProducerContext = { member: ProducerMemberRecord; producer: ProducerRecord }

export type ProducerRequest<B = unknown> = AuthenticatedMedusaRequest<B> & { producerContext?: ProducerContext }

/** The same words for "not yours" and "does not exist": a producer never learns that another's record exists. */
export function notFound(what = "") {
  return ocopError(
    "NOT_FOUND",
    ERROR_CODES.PRODUCER_NOT_FOUND,
    `Không tìm thấy${what ? ` ${what}` : ""}`,
    `Not found${what ? `: ${what}` : ""}`
  )
}

/** The member id a producer token carries: actor_id (app_metadata.producer_id), or app_metadata.producer_member_id. */
export function memberIdOf(req: AuthenticatedMedusaRequest): string | null {
  const ctx = req.auth_context
  if (!ctx || ctx.actor_type !== "producer") return null
  return (ctx.actor_id || (ctx.app_metadata?.producer_member_id as string | undefined)) ?? null
}

/**
 * Resolves the caller's member and producer (token → member → producer) and keeps them on the request.
 * A token whose member was removed is 401: the login no longer opens the portal.
 */
export async function loadProducerContext(req: ProducerRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const memberId = memberIdOf(req)
  if (!memberId) {
    return res.status(401).json({ type: "unauthorized", message: "Chưa đăng nhập cổng chủ thể (Unauthorized)" })
  }
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const found = await producers.retrieveMemberWithProducer(memberId)
  if (!found) {
    return res.status(401).json({ type: "unauthorized", message: "Tài khoản không còn thuộc chủ thể nào (Unauthorized)" })
  }
  const { member, producer } = found
  const producerId = producer.id as string
  req.producerContext = {
    member: {
      id: member.id,
      email: member.email,
      name: member.name ?? null,
      role: member.role as "owner" | "member",
      auth_identity_id: member.auth_identity_id ?? null,
      producer_id: producerId,
    },
    producer: producer as ProducerRecord,
  }
  next()
}

/** Only the producer's owner may invite or remove members. */
export function requireOwner(req: ProducerRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.producerContext?.member.role !== "owner") {
    return res.status(403).json({
      type: "not_allowed",
      code: ERROR_CODES.PRODUCER_OWNER_ONLY,
      message: "Chỉ chủ tài khoản của chủ thể mới làm được việc này (owner only)",
    })
  }
  next()
}

export function producerOf(req: ProducerRequest): ProducerContext {
  if (!req.producerContext) {
    throw ocopError("UNAUTHORIZED", ERROR_CODES.PRODUCER_UNAUTHORIZED, "Chưa đăng nhập cổng chủ thể", "Unauthorized")
  }
  return req.producerContext
}

const query = (req: ProducerRequest) => req.scope.resolve(ContainerRegistrationKeys.QUERY)

/** Ids of the producer's products (a household has tens, not thousands). */
export async function ownProductIds(req: ProducerRequest): Promise<string[]> {
  const { producer } = producerOf(req)
  const { data } = await query(req).graph({ entity: "producer", fields: ["id", "products.id"], filters: { id: producer.id } })
  return ((data as any[])[0]?.products ?? []).filter(Boolean).map((p: any) => p.id as string)
}

/** The product if it belongs to the caller's producer; otherwise 404. */
export async function assertOwnProduct(req: ProducerRequest, productId: string): Promise<string> {
  const { producer } = producerOf(req)
  const { data } = await query(req).graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productId } })
  const product = (data as any[])[0]
  if (!product || product.producer?.id !== producer.id) {
    throw notFound("sản phẩm")
  }
  return product.id
}

/** The variant if it belongs to one of the caller's products (and to `productId` when given); otherwise 404. */
export async function assertOwnVariant(req: ProducerRequest, variantId: string, productId?: string) {
  const { producer } = producerOf(req)
  const { data } = await query(req).graph({
    entity: "variant",
    fields: ["id", "sku", "product_id", "product.producer.id", "inventory_items.inventory_item_id"],
    filters: { id: variantId },
  })
  const variant = (data as any[])[0]
  if (!variant || variant.product?.producer?.id !== producer.id || (productId && variant.product_id !== productId)) {
    throw notFound("phiên bản sản phẩm")
  }
  return variant as { id: string; sku: string | null; product_id: string; inventory_items: { inventory_item_id: string }[] }
}

/** The certificate if it belongs to one of the caller's products; otherwise 404. */
export async function assertOwnCertificate(req: ProducerRequest, certificateId: string) {
  const { producer } = producerOf(req)
  const { data } = await query(req).graph({
    entity: "certificate",
    fields: ["*", "product.id", "product.title", "product.producer.id"],
    filters: { id: certificateId },
  })
  const certificate = (data as any[])[0]
  if (!certificate || certificate.product?.producer?.id !== producer.id) {
    throw notFound("giấy chứng nhận")
  }
  return certificate
}

/** Ids of the caller's stock locations (through the producer ↔ stock location link). */
export async function ownLocationIds(req: ProducerRequest): Promise<string[]> {
  const { producer } = producerOf(req)
  const { data } = await query(req).graph({ entity: "producer", fields: ["id", "stock_locations.id"], filters: { id: producer.id } })
  return ((data as any[])[0]?.stock_locations ?? []).filter(Boolean).map((l: any) => l.id as string)
}

/** The email the producer login was registered with (emailpass provider identity). */
export async function emailOfIdentity(req: ProducerRequest, authIdentityId: string): Promise<string> {
  const auth = req.scope.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({ auth_identity_id: authIdentityId, provider: "emailpass" } as any)
  const email = (identity as any)?.entity_id as string | undefined
  if (!email) {
    throw ocopError(
      "UNAUTHORIZED",
      ERROR_CODES.PRODUCER_NO_EMAIL_LOGIN,
      "Cần đăng nhập bằng email và mật khẩu",
      "An email login is required"
    )
  }
  return email.trim().toLowerCase()
}
