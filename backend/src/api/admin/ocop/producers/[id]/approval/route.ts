import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideProducerApprovalWorkflow } from "../../../../../../workflows/decide-producer-approval"
import type { AdminProducerApprovalType } from "../../../../../producer/validators"

/** The OCOP office approves, rejects or suspends a producer; its listings follow at once. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = (req as any).validatedBody as AdminProducerApprovalType
  const { result } = await decideProducerApprovalWorkflow(req.scope).run({
    input: {
      producer_id: req.params.id,
      decision: body.decision,
      reason: body.reason ?? null,
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  res.json({ producer: result })
}
