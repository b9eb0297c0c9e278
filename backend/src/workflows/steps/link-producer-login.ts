import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../lib/errors"

/**
 * Points a producer login at its member: app_metadata.producer_id (Medusa's `${actor}_id`, which
 * becomes the token's actor_id) and app_metadata.producer_member_id. Like Medusa's
 * setAuthAppMetadataStep, but a key emptied by a removal (null) may be set again, so a removed member
 * can be invited back. Compensation restores the previous values.
 */
export const linkProducerLoginStep = createStep(
  "link-producer-login",
  async (input: { auth_identity_id: string; member_id: string | null }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    const before = identity.app_metadata ?? {}
    if (input.member_id && before.producer_id && before.producer_id !== input.member_id) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.PRODUCER_ALREADY_MEMBER,
        "Tài khoản này đã thuộc một chủ thể OCOP",
        "This login already belongs to a producer"
      )
    }
    await auth.updateAuthIdentities({
      id: identity.id,
      app_metadata: { ...before, producer_id: input.member_id, producer_member_id: input.member_id },
    })
    return new StepResponse(identity.id, {
      id: identity.id,
      app_metadata: { ...before, producer_id: before.producer_id ?? null, producer_member_id: before.producer_member_id ?? null },
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.AUTH).updateAuthIdentities(previous)
  }
)
