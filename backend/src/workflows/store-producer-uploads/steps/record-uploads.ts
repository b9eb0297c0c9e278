import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type NewUpload = {
  producer_id: string
  file_id: string
  url: string
  purpose: "image" | "document"
  content_type: string
  size: number
}

/** One row per stored file (quota and orphan sweep read them). Compensation deletes them. */
export const recordUploadsStep = createStep(
  "record-producer-uploads",
  async (uploads: NewUpload[], { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const created = await producers.createProducerUploads(uploads)
    return new StepResponse(
      created,
      created.map((u) => u.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerUploads(ids)
  }
)
