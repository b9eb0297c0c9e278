import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emailTakenError } from "../../../lib/auth/identities"
import { isFormerProducerLogin } from "../../invite-producer-member"

/**
 * An invitation joins a producer login made for it (or a removed member's own login), never a login
 * that serves someone else — a shopper, an officer, counter staff (409).
 */
export const assertLoginFreeOfOtherRolesStep = createStep(
  "assert-login-free-of-other-roles",
  async (input: { auth_identity_id: string }, { container }) => {
    const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id)
    const meta = identity.app_metadata ?? {}
    if (Object.keys(meta).length && !isFormerProducerLogin(meta)) {
      throw emailTakenError()
    }
    return new StepResponse(identity.id)
  }
)
