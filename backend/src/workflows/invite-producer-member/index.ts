import { randomBytes } from "node:crypto"
import { createStep, createWorkflow, StepResponse, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ocopError } from "../../lib/errors"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export const INVITE_VALID_DAYS = 7

export type InviteProducerMemberInput = { producer_id: string; email: string; now?: Date }

/** Refuses an email that already works for a producer (any producer: one login, one producer). */
const assertInviteeFreeStep = createStep("assert-invitee-free", async (input: InviteProducerMemberInput, { container }) => {
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const [existing] = await producers.listProducerMembers({ email: input.email.trim().toLowerCase() }, { take: 1 })
  if (existing) {
    throw ocopError("INVALID_DATA", "ocop.producer.already_member", "Email này đã là thành viên của một chủ thể OCOP", "This email already belongs to a producer")
  }
  return new StepResponse(true)
})

const createProducerInviteStep = createStep(
  "create-producer-invite",
  async (input: InviteProducerMemberInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const now = input.now ?? new Date()
    const invite = await producers.createProducerInvites({
      producer_id: input.producer_id,
      email: input.email.trim().toLowerCase(),
      token: randomBytes(24).toString("base64url"),
      expires_at: new Date(now.getTime() + INVITE_VALID_DAYS * 24 * 3600 * 1000),
    })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerInvites(id)
  }
)

/** An owner invites a second member by email; the token is handed over by the owner (shown once). */
export const inviteProducerMemberWorkflow = createWorkflow(
  "invite-producer-member",
  (input: WorkflowData<InviteProducerMemberInput>) => {
    assertInviteeFreeStep(input)
    const invite = createProducerInviteStep(input)
    return new WorkflowResponse(invite)
  }
)
