import type { MedusaResponse } from "@medusajs/framework/http"
import { canTransition, isInReevaluationWindow, reevaluationWindow } from "@ocop/domain"
import { transitionCertificateWorkflow } from "../../../../../workflows/transition-certificate"
import { assertOwnCertificate, producerOf, type ProducerRequest } from "../../../context"
import { toPortalCertificate } from "../../../portal-views"
import type { ProducerReevaluationType } from "../../../validators"

/** Files the re-evaluation dossier: only between 180 and 120 days before expiry (Art. 7.6). */
export const POST = async (req: ProducerRequest<ProducerReevaluationType>, res: MedusaResponse) => {
  const { member } = producerOf(req)
  const certificate = await assertOwnCertificate(req, req.params.id)
  const now = new Date()
  const window = reevaluationWindow(certificate.valid_until)
  if (!canTransition(certificate.status, "reevaluation_pending") || !isInReevaluationWindow(certificate.valid_until, now)) {
    return res.status(400).json({
      type: "invalid_data",
      code: "ocop.certificate.outside_reevaluation_window",
      message: `Chỉ nộp hồ sơ đánh giá lại từ ${window.opens} đến ${window.closes} (180–120 ngày trước khi hết hạn), khi giấy chứng nhận còn hiệu lực (re-evaluation can be filed from ${window.opens} to ${window.closes} only)`,
      window,
    })
  }
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
