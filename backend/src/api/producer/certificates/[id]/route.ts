import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertOwnCertificate, type ProducerRequest } from "../../context"
import { toPortalCertificate } from "../../portal-views"

/** One own certificate with its append-only history. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const certificate = await assertOwnCertificate(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "certificate_event",
    fields: ["id", "from_status", "to_status", "actor_type", "reason", "document_url", "occurred_at"],
    filters: { certificate_id: certificate.id } as any,
    pagination: { order: { occurred_at: "ASC" } },
  })
  res.json({ certificate: { ...toPortalCertificate(certificate, new Date()), events: data } })
}
