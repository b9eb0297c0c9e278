import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/** Soft-deletes the upload records (they stop counting against the quota); compensation restores them. */
export const forgetUploadsStep = createStep(
  "forget-producer-uploads",
  async (ids: string[], { container }) => {
    if (!ids.length) return new StepResponse([], [])
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.softDeleteProducerUploads(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.restoreProducerUploads(ids)
  }
)
