import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { loadStockLevelStep, type StockCount } from "./steps/load-stock-level"

export type SetProducerStockInput = StockCount

/**
 * A producer records the counted stock of a variant at its warehouse: never below what is reserved;
 * the existing level is updated, or the first one created, each through Medusa's own inventory
 * workflow (which restores the previous level, or removes the new one, on failure).
 */
export const setProducerStockWorkflow = createWorkflow("set-producer-stock", (input: WorkflowData<SetProducerStockInput>) => {
  const level = loadStockLevelStep(input)
  when("stock-level-exists", { level }, ({ level }) => level.exists).then(() => {
    updateInventoryLevelsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ updates: [{ ...input }] }) as any),
    })
  })
  when("first-stock-level", { level }, ({ level }) => !level.exists).then(() => {
    createInventoryLevelsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ inventory_levels: [{ ...input }] })) })
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => input))
})
