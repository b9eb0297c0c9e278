import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkIdentityToMember } from "../create-producer-account"
import { assertIdentityUnlinkedStep } from "../steps/assert-identity-unlinked"
import { createProducerMemberStep } from "../steps/create-producer-member"
import { assertLoginFreeOfOtherRolesStep } from "./steps/assert-login-free-of-other-roles"
import { claimInviteStep } from "./steps/claim-invite"

export type AcceptProducerInviteInput = { token: string; auth_identity_id: string; email: string; name?: string | null; now?: Date }

/** An invited person, logged in with their own producer login, joins the producer as a member. */
export const acceptProducerInviteWorkflow = createWorkflow("accept-producer-invite", (input: WorkflowData<AcceptProducerInviteInput>) => {
  assertIdentityUnlinkedStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, email: input.email })))
  assertLoginFreeOfOtherRolesStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id })))
  const invite = claimInviteStep(transform({ input }, ({ input }) => ({ token: input.token, email: input.email, now: input.now })))
  const member = createProducerMemberStep(
    transform({ input, invite }, ({ input, invite }) => ({
      producer_id: invite.producer_id,
      email: invite.email,
      name: input.name ?? null,
      role: "member" as const,
      auth_identity_id: input.auth_identity_id,
    }))
  )
  linkIdentityToMember(input.auth_identity_id, member.id)
  return new WorkflowResponse(member)
})
