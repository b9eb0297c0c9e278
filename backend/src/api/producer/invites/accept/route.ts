import type { MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, ocopError } from "../../../../lib/errors"
import { acceptProducerInviteWorkflow } from "../../../../workflows/accept-producer-invite"
import { emailOfIdentity, type ProducerRequest } from "../../context"
import { toPortalMember } from "../../serialize"
import type { ProducerAcceptInviteType } from "../../validators"

/**
 * The invited person, logged in with a producer login registered to the invited email, joins.
 * Refresh the token afterwards (POST /auth/token/refresh) to open the portal.
 */
export const POST = async (req: ProducerRequest<ProducerAcceptInviteType>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.PRODUCER_ALREADY_MEMBER,
      "Tài khoản này đã thuộc một chủ thể OCOP",
      "This login already belongs to a producer"
    )
  }
  const email = await emailOfIdentity(req, req.auth_context.auth_identity_id)
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({
    input: {
      token: req.validatedBody.token,
      name: req.validatedBody.name ?? null,
      auth_identity_id: req.auth_context.auth_identity_id,
      email,
    },
  })
  res.status(201).json({ member: toPortalMember(result as any) })
}
