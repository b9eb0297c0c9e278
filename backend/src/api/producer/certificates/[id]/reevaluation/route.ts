import type { MedusaResponse } from "@medusajs/framework/http"
import { transitionCertificateWorkflow } from "../../../../../workflows/transition-certificate"
import { assertOwnCertificate, producerOf, type ProducerRequest } from "../../../context"
import { toPortalCertificate } from "../../../portal-views"
import type { ProducerReevaluationType } from "../../../validators"

/**
 * Files the re-evaluation dossier. The workflow refuses a certificate that is not in force or a date
 * outside the 180–120-day window (Art. 7.6), with the same message the office gets.
 */
export const POST = async (req: ProducerRequest<ProducerReevaluationType>, res: MedusaResponse) => {
  const { member } = producerOf(req)
  const certificate = await assertOwnCertificate(req, req.params.id)
  const now = new Date()
  const { result } = await transitionCertificateWorkflow(req.scope).run({
    input: {
      certificate_id: certificate.id,
      to: "reevaluation_pending",
      actor: { type: "producer", id: member.id },
      reason: req.validatedBody.note ?? "Chủ thể nộp hồ sơ đánh giá lại",
      document_url: req.validatedBody.dossier_file_url ?? null,
      now,
    },
  })
  res.json({ certificate: toPortalCertificate({ ...certificate, ...result }, now) })
}
