import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDays, TIME_BOUND_STATUSES, vietnamDate, validUntil } from "@ocop/domain"
import { assertIssuerFitsStars } from "../../../../modules/office/five-star"
import { officeProvinceFilter } from "../../../../modules/office/acting-scope"
import { toPublicCertificate } from "../../../../lib/public-certificate"
import { recordCertificateWorkflow } from "../../../../workflows/record-certificate"
import type { AdminListCertificatesParamsType } from "./list-validators"
import type { AdminRecordCertificateType } from "./validators"

/**
 * Certificates of producers in the given provinces / of the given types. These live across two links
 * (producer → product → certificate), so they become an id filter and paging stays in the database.
 */
async function certificateIdsOfProducers(query: any, params: AdminListCertificatesParamsType) {
  const filters: Record<string, unknown> = {}
  if (params.province_code?.length) filters.province_code = params.province_code
  if (params.producer_type?.length) filters.type = params.producer_type
  const { data } = await query.graph({ entity: "producer", fields: ["id", "products.certificates.id"], filters })
  return (data as any[])
    .flatMap((p) => (p.products ?? []).flatMap((pr: any) => (pr?.certificates ?? []).map((c: any) => c?.id)))
    .filter(Boolean)
}

/** The office's certificate lists: review queue, expiring soon, suspended, revoked, filtered. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = { ...(req.validatedQuery as unknown as AdminListCertificatesParamsType) }
  const own = officeProvinceFilter(req)
  if (own) params.province_code = [own] // a provincial office sees its own province only
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const filters: Record<string, unknown> = {}
  if (params.status?.length) filters.status = params.status
  if (params.stars?.length) filters.stars = params.stars
  if (params.product_set?.length) filters.product_set = params.product_set
  if (params.expiring_within_days !== undefined) {
    const today = vietnamDate(now)
    filters.valid_until = { $gte: today, $lte: addDays(today, params.expiring_within_days) }
    filters.status ??= [...TIME_BOUND_STATUSES]
  }
  if (params.province_code?.length || params.producer_type?.length) {
    filters.id = await certificateIdsOfProducers(query, params)
  }
  const { data, metadata } = await query.graph({
    entity: "certificate",
    fields: ["*", "product.id", "product.title", "product.handle", "product.status", "product.producer.*"],
    filters,
    pagination: { skip: params.offset, take: params.limit, order: { valid_until: "ASC" } },
  })
  const certificates = (data as any[]).map((c) => ({
    ...toPublicCertificate(c, now),
    document_url: c.document_url,
    product: c.product ? { id: c.product.id, title: c.product.title, handle: c.product.handle, status: c.product.status } : null,
    producer: c.product?.producer
      ? {
          id: c.product.producer.id,
          name: c.product.producer.name,
          type: c.product.producer.type,
          province_code: c.product.producer.province_code,
        }
      : null,
  }))
  res.json({ certificates, count: metadata?.count ?? certificates.length, limit: params.limit, offset: params.offset })
}

/** The OCOP office records an issued decision (or a submission awaiting review) for a product. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordCertificateType>, res: MedusaResponse) => {
  const body = req.validatedBody
  assertIssuerFitsStars(body)
  const { result } = await recordCertificateWorkflow(req.scope).run({
    input: {
      ...body,
      valid_until: body.valid_until ?? validUntil(body.issued_at),
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  res.status(201).json({ certificate: result })
}
