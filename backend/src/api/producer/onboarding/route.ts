import type { MedusaResponse } from "@medusajs/framework/http"
import { normalizeVnMobilePhone } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { createProducerAccountWorkflow } from "../../../workflows/create-producer-account"
import { emailOfIdentity, type ProducerRequest } from "../context"
import { toPortalMember, toPortalProducer } from "../serialize"
import type { ProducerOnboardingType } from "../validators"

/**
 * A newly registered producer login creates its producer profile (awaiting the office's approval),
 * becoming its owner. The token used here has no actor yet: refresh it afterwards
 * (POST /auth/token/refresh) or log in again to get one that opens the portal.
 */
export const POST = async (req: ProducerRequest<ProducerOnboardingType>, res: MedusaResponse) => {
  const { member_name, ...profile } = req.validatedBody
  const authIdentityId = req.auth_context.auth_identity_id
  if (req.auth_context.actor_id) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.PRODUCER_ALREADY_MEMBER,
      "Tài khoản này đã thuộc một chủ thể OCOP",
      "This login already belongs to a producer"
    )
  }
  const email = await emailOfIdentity(req, authIdentityId)
  const { result } = await createProducerAccountWorkflow(req.scope).run({
    input: {
      auth_identity_id: authIdentityId,
      email,
      member_name: member_name ?? null,
      producer: {
        ...profile,
        phone: normalizeVnMobilePhone(profile.phone) ?? profile.phone,
        email: profile.email ?? email,
      },
    },
  })
  res.status(201).json({ producer: toPortalProducer(result.producer as any), member: toPortalMember(result.member as any) })
}
