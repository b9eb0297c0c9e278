import { createStep, createWorkflow, StepResponse, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

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
export const removeProducerMemberWorkflow = createWorkflow(
  "remove-producer-member",
  (input: WorkflowData<RemoveProducerMemberInput>) => {
    deleteProducerMemberStep(input.member_id)
    when("unlink-login", { input }, ({ input }) => !!input.auth_identity_id).then(() => {
      setAuthAppMetadataStep(
        transform({ input }, ({ input }) => ({ authIdentityId: input.auth_identity_id!, actorType: "producer", value: null as any }))
      )
      setAuthAppMetadataStep(
        transform({ input }, ({ input }) => ({ authIdentityId: input.auth_identity_id!, actorType: "producer_member", value: null as any }))
      ).config({ name: "unset-auth-app-metadata-producer-member" })
    })
    return new WorkflowResponse(input.member_id)
  }
)
