import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { slugify } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type NewProducer = {
  name: string
  type: string
  tax_code?: string | null
  business_registration_number?: string | null
  province_code: string
  commune?: string | null
  address: string
  phone: string
  email?: string | null
  story?: string | null
  logo_url?: string | null
}

/** Creates the producer profile awaiting the office's approval, under a unique handle. */
export const createProducerStep = createStep(
  "create-producer",
  async (input: NewProducer, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const base = slugify(input.name) || "chu-the"
    let handle = base
    for (let n = 2; (await producers.listProducers({ handle }, { take: 1, withDeleted: true })).length; n++) {
      handle = `${base}-${n}`
    }
    const producer = await producers.createProducers({ ...input, handle, approval_status: "pending_approval" })
    return new StepResponse(producer, producer.id)
  },
  async (id, { container }) => {
    if (!id) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducers(id)
  }
)
