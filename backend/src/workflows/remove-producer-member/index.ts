import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { linkProducerLoginStep } from "../steps/link-producer-login"

export type RemoveProducerMemberInput = { member_id: string; auth_identity_id?: string | null }

const deleteProducerMemberStep = createStep(
  "delete-producer-member",
  async (memberId: string, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.softDeleteProducerMembers(memberId)
    return new StepResponse(memberId, memberId)
  },
  async (id, { container }) => {
    if (!id) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.restoreProducerMembers(id)
  }
)

/** An owner removes a member: the member row goes and the login no longer opens the portal. */
export const removeProducerMemberWorkflow = createWorkflow("remove-producer-member", (input: WorkflowData<RemoveProducerMemberInput>) => {
  deleteProducerMemberStep(input.member_id)
  when("unlink-login", { input }, ({ input }) => !!input.auth_identity_id).then(() => {
    linkProducerLoginStep(
      transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id as string, member_id: null }))
    ).config({ name: "unlink-producer-login" })
  })
  return new WorkflowResponse(input.member_id)
})
