import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SalesPointPatch, updateSalesPointRecordStep } from "./steps/update-sales-point-record"

export type UpdateSalesPointInput = SalesPointPatch

/** The office edits a point of sale's name, category, address, operator or opening hours. */
export const updateSalesPointWorkflow = createWorkflow("update-sales-point", (input: WorkflowData<UpdateSalesPointInput>) => {
  return new WorkflowResponse(updateSalesPointRecordStep(input))
})
