import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertWithinQuota } from "../../../lib/uploads/policy"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/** Refuses files that would take the producer past its upload quota, before anything is stored (read only). */
export const assertWithinUploadQuotaStep = createStep(
  "assert-within-upload-quota",
  async (
    input: { producer_id: string; quota: { files: number; bytes: number }; adding: { files: number; bytes: number } },
    { container }
  ) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    assertWithinQuota(input.quota, await producers.uploadAllowanceUsed(input.producer_id), input.adding)
    return new StepResponse(void 0)
  }
)
