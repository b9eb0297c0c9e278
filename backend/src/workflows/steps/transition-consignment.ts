import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../modules/retail"
import type { ConsignmentRestore, ConsignmentTransition } from "../../modules/retail/queries/consignments"
import type RetailModuleService from "../../modules/retail/service"

export type { ConsignmentTransition }

/**
 * Moves a consignment from one state to the next, only if it is still in the state the caller saw
 * (the retail module's conditional update). Compensation puts the previous state and fields back.
 */
export const transitionConsignmentStep = createStep(
  "transition-consignment",
  async (input: ConsignmentTransition, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const { consignment, restore } = await retail.transitionConsignment(input)
    return new StepResponse(consignment, restore)
  },
  async (restore: ConsignmentRestore | undefined, { container }) => {
    if (!restore) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.restoreConsignment(restore)
  }
)
