import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

export type NewProducerMember = {
  producer_id: string
  email: string
  name?: string | null
  role: "owner" | "member"
  auth_identity_id: string
}

/** Adds a person to a producer; compensation removes them again. */
export const createProducerMemberStep = createStep(
  "create-producer-member",
  async (input: NewProducerMember, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const member = await producers.createProducerMembers({ ...input, email: input.email.trim().toLowerCase() })
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerMembers(id)
  }
)
