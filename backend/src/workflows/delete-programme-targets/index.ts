import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProgrammeTargetsStep } from "./steps/delete-programme-targets"

/** The OCOP office removes targets it no longer tracks. */
export const deleteProgrammeTargetsWorkflow = createWorkflow("delete-programme-targets", (input: WorkflowData<{ ids: string[] }>) => {
  const ids = deleteProgrammeTargetsStep(input.ids)
  return new WorkflowResponse(ids)
})
