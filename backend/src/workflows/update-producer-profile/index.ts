import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { renameProducerMemberStep } from "./steps/rename-producer-member"
import { updateProducerProfileStep, type ProducerProfileChanges } from "./steps/update-producer-profile"

export type UpdateProducerProfileInput = {
  producer_id: string
  changes: ProducerProfileChanges
  /** the member editing; their own name changes when `member_name` is given */
  member_id: string
  member_name?: string | null
}

/**
 * A producer's member edits the profile (and, optionally, their own name): the profile first, then
 * the name; if the second write fails the profile is restored.
 */
export const updateProducerProfileWorkflow = createWorkflow(
  "update-producer-profile",
  (input: WorkflowData<UpdateProducerProfileInput>) => {
    const producer = updateProducerProfileStep(
      transform({ input }, ({ input }) => ({ producer_id: input.producer_id, changes: input.changes }))
    )
    const member = when("member-renamed", { input }, ({ input }) => input.member_name !== undefined).then(() =>
      renameProducerMemberStep(transform({ input }, ({ input }) => ({ member_id: input.member_id, name: input.member_name ?? null })))
    )
    return new WorkflowResponse({ producer, member })
  }
)
