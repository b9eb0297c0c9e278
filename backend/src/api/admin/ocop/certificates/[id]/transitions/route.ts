import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertIssuerFitsStars } from "../../../../../../modules/office/five-star"
import { transitionCertificateWorkflow } from "../../../../../../workflows/transition-certificate"
import type { AdminTransitionCertificateType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminTransitionCertificateType>, res: MedusaResponse) => {
  if (req.validatedBody.to === "valid") {
    // verifying a submission re-checks who may have issued its stars
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "certificate",
      fields: ["stars", "issuer", "status"],
      filters: { id: req.params.id },
    })
    if (data[0]?.status === "pending_review") assertIssuerFitsStars(data[0] as any)
  }
  const { result } = await transitionCertificateWorkflow(req.scope).run({
    input: {
      certificate_id: req.params.id,
      ...req.validatedBody,
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  res.json({ certificate: result })
}
