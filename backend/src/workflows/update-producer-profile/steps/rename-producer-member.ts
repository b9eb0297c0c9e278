import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/** Sets the name a member shows in the portal; compensation puts the old name back. */
export const renameProducerMemberStep = createStep(
  "rename-producer-member",
  async (input: { member_id: string; name: string | null }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const before = await producers.retrieveProducerMember(input.member_id)
    const updated = await producers.updateProducerMembers({ id: input.member_id, name: input.name })
    return new StepResponse(updated, { id: before.id, name: before.name ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateProducerMembers(previous)
  }
)
