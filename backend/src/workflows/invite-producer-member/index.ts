import { createStep, createWorkflow, StepResponse, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { emailpassIdentityOf, emailTakenError, newInvitationToken, storefrontLink } from "../../lib/auth/identities"
import { ERROR_CODES, ocopError } from "../../lib/errors"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export const INVITE_VALID_DAYS = 7

export type InviteProducerMemberInput = { producer_id: string; email: string; now?: Date }

/**
 * Refuses an email that already works for a producer (any producer: one login, one producer), and
 * one whose login belongs to anyone else — a shopper, an officer, counter staff (409, never linked).
 * A producer login left without a producer (a removed member) may be invited back.
 */
const assertInviteeFreeStep = createStep("assert-invitee-free", async (input: InviteProducerMemberInput, { container }) => {
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const [existing] = await producers.listProducerMembers({ email: input.email.trim().toLowerCase() }, { take: 1 })
  if (existing) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.PRODUCER_ALREADY_MEMBER,
      "Email này đã là thành viên của một chủ thể OCOP",
      "This email already belongs to a producer"
    )
  }
  const identity = await emailpassIdentityOf(container, input.email)
  if (identity && !isFormerProducerLogin(identity.app_metadata)) {
    throw emailTakenError()
  }
  return new StepResponse(true)
})

/** A login that only ever served the producer portal and is now free (its member was removed). */
export function isFormerProducerLogin(appMetadata: Record<string, unknown> | null | undefined) {
  const meta = appMetadata ?? {}
  const otherActor = Object.entries(meta).some(([key, value]) => key.endsWith("_id") && !key.startsWith("producer") && value)
  return "producer_member_id" in meta && !meta.producer_id && !otherActor
}

const createProducerInviteStep = createStep(
  "create-producer-invite",
  async (input: InviteProducerMemberInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const now = input.now ? new Date(input.now) : new Date()
    // only the token's hash is stored; the token itself is sent once (e-mail and the owner's response)
    const { token, token_hash } = newInvitationToken()
    const invite = await producers.createProducerInvites({
      producer_id: input.producer_id,
      email: input.email.trim().toLowerCase(),
      token: token_hash,
      expires_at: new Date(now.getTime() + INVITE_VALID_DAYS * 24 * 3600 * 1000),
    })
    const url = storefrontLink(`/producer/register?invite=${encodeURIComponent(token)}`)
    return new StepResponse({ id: invite.id, email: invite.email, expires_at: invite.expires_at, token, url }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerInvites(id)
  }
)

/** An owner invites a second member by email; the token is handed over by the owner (shown once). */
export const inviteProducerMemberWorkflow = createWorkflow("invite-producer-member", (input: WorkflowData<InviteProducerMemberInput>) => {
  assertInviteeFreeStep(input)
  const invite = createProducerInviteStep(input)
  sendNotificationsStep(
    transform({ invite }, ({ invite }) => [
      {
        to: invite.email,
        channel: "email",
        template: "producer-member-invite",
        data: { subject: "OCOP Market: lời mời tham gia chủ thể OCOP", url: invite.url, expires_at: invite.expires_at },
      },
    ])
  )
  return new WorkflowResponse(invite)
})
