import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

export type NewFair = { name: string; venue: string; province_code: string; starts_at: Date; ends_at: Date }

/** The fair row; undone by deleting it (a fair has no booths yet when it is created). */
export const createFairRecordStep = createStep(
  "create-fair-record",
  async (input: NewFair, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const fair = await retail.createFairs(input)
    return new StepResponse(fair, fair.id)
  },
  async (id, { container }) => {
    if (!id) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.deleteFairs(id)
  }
)
