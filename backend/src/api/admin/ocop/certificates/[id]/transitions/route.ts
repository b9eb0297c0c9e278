import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionCertificateWorkflow } from "../../../../../../workflows/transition-certificate"
import type { AdminTransitionCertificateType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminTransitionCertificateType>, res: MedusaResponse) => {
  const { result } = await transitionCertificateWorkflow(req.scope).run({
    input: {
      certificate_id: req.params.id,
      ...req.validatedBody,
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  res.json({ certificate: result })
}
