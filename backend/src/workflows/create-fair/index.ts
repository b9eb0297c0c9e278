import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createFairRecordStep } from "./steps/create-fair-record"

export type CreateFairInput = { name: string; venue: string; province_code: string; starts_at: string | Date; ends_at: string | Date }

/** A trade fair with its dates; its booths are opened one by one with createRetailPointWorkflow. */
export const createFairWorkflow = createWorkflow("create-fair", (input: WorkflowData<CreateFairInput>) => {
  const fair = createFairRecordStep(
    transform({ input }, ({ input }) => ({ ...input, starts_at: new Date(input.starts_at), ends_at: new Date(input.ends_at) }))
  )
  return new WorkflowResponse(fair)
})
