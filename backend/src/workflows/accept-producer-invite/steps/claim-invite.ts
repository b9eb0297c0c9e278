import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInvitationToken } from "../../../lib/auth/identities"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/**
 * Marks an open invite for this email as accepted. An unknown, used or expired token, or one for
 * another email, is refused with the same words (no hint which it was). Compensation reopens it.
 */
export const claimInviteStep = createStep(
  "claim-producer-invite",
  async (input: { token: string; email: string; now?: Date }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    // invites store the token's SHA-256 only
    const [invite] = input.token ? await producers.listProducerInvites({ token: hashInvitationToken(input.token) }, { take: 1 }) : []
    const now = input.now ? new Date(input.now) : new Date()
    if (!invite || invite.accepted_at || new Date(invite.expires_at) < now || invite.email !== input.email.trim().toLowerCase()) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.PRODUCER_INVITE_INVALID,
        "Lời mời không hợp lệ, đã dùng hoặc đã hết hạn, hoặc không dành cho email này",
        "The invite is invalid, used, expired or meant for another email"
      )
    }
    await producers.updateProducerInvites({ id: invite.id, accepted_at: now })
    return new StepResponse({ id: invite.id, producer_id: (invite as any).producer_id as string, email: invite.email }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateProducerInvites({ id, accepted_at: null })
  }
)
