import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATE_TRANSITIONS, type CertificateStatus, liveCertificate } from "@ocop/domain"
import { toPublicCertificate } from "../../../../../../lib/public-certificate"

/** A product's certificates (rating history) with their events and the transitions allowed now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "status", "certificates.*", "certificates.events.*", "producer.*"],
    filters: { id: req.params.id },
  })
  const product = data[0] as any
  if (!product) {
    res.status(404).json({ type: "not_found", message: `Không tìm thấy sản phẩm ${req.params.id}` })
    return
  }
  const now = new Date()
  const certificates = (product.certificates ?? []).filter(Boolean)
  const live = liveCertificate(certificates)
  res.json({
    product: { id: product.id, title: product.title, status: product.status },
    producer: product.producer ?? null,
    live_certificate_id: (live as any)?.id ?? null,
    certificates: certificates
      .sort((a: any, b: any) => b.issued_at.localeCompare(a.issued_at))
      .map((c: any) => ({
        ...toPublicCertificate(c, now),
        document_url: c.document_url,
        allowed_transitions: CERTIFICATE_TRANSITIONS[c.status as CertificateStatus] ?? [],
        events: (c.events ?? [])
          .sort((a: any, b: any) => new Date(b.occurred_at).getTime() - new Date(a.occurred_at).getTime())
          .map((e: any) => ({
            id: e.id,
            from_status: e.from_status,
            to_status: e.to_status,
            actor_type: e.actor_type,
            actor_id: e.actor_id,
            reason: e.reason,
            document_url: e.document_url,
            occurred_at: e.occurred_at,
          })),
      })),
  })
}
