import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { validUntil } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { recordCertificateWorkflow } from "../../../workflows/record-certificate"
import { assertOwnProduct, ownProductIds, producerOf, type ProducerRequest } from "../context"
import { toPortalCertificate } from "../portal-views"
import type { ProducerSubmitCertificateType } from "../validators"

/** Certificates of the producer's own products, soonest expiry first, with days left and the re-evaluation window. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const ids = await ownProductIds(req)
  if (!ids.length) return res.json({ certificates: [] })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "certificates.*"], filters: { id: ids } })
  const now = new Date()
  const certificates = (data as any[])
    .flatMap((p) => (p.certificates ?? []).filter(Boolean).map((c: any) => toPortalCertificate(c, now, { id: p.id, title: p.title })))
    .sort((a, b) => String(a.valid_until).localeCompare(String(b.valid_until)))
  res.json({ certificates })
}

/** The producer submits an issued decision with its scan; the OCOP office verifies it (pending_review → valid). */
export const POST = async (req: ProducerRequest<ProducerSubmitCertificateType>, res: MedusaResponse) => {
  const { member } = producerOf(req)
  const body = req.validatedBody
  const productId = await assertOwnProduct(req, body.product_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "metadata", "certificates.id", "certificates.status"],
    filters: { id: productId },
  })
  const product = data[0] as any
  if ((product.certificates ?? []).some((c: any) => c?.status === "pending_review")) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.CERTIFICATE_ALREADY_PENDING,
      "Sản phẩm đã có một giấy chứng nhận đang chờ thẩm định",
      "This product already has a certificate awaiting review"
    )
  }
  const productSet = Number(product.metadata?.product_set)
  if (!productSet) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.PRODUCT_NO_PRODUCT_SET,
      "Sản phẩm chưa chọn bộ sản phẩm OCOP",
      "The product has no OCOP product set"
    )
  }
  let documentUrl = body.scan_url ?? null
  if (!documentUrl && body.scan_file_id) {
    const file = await req.scope
      .resolve(Modules.FILE)
      .retrieveFile(body.scan_file_id)
      .catch(() => null)
    if (!file?.url) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.CERTIFICATE_SCAN_MISSING,
        "Không tìm thấy tệp quét quyết định",
        "Decision scan file not found"
      )
    }
    documentUrl = file.url
  }
  const { result } = await recordCertificateWorkflow(req.scope).run({
    input: {
      product_id: productId,
      decision_number: body.decision_number,
      issuer: body.issuer,
      stars: body.stars,
      score: body.score ?? null,
      product_set: productSet,
      issued_at: body.decision_date,
      valid_until: body.valid_until ?? validUntil(body.decision_date),
      status: "pending_review",
      document_url: documentUrl,
      actor: { type: "producer", id: member.id },
      reason: "Chủ thể nộp giấy chứng nhận để thẩm định",
    },
  })
  res.status(201).json({ certificate: toPortalCertificate(result, new Date(), { id: productId, title: product.title ?? "" }) })
}
