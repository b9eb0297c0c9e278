import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setOfficeScopeStep, type OfficeScopeAssignment } from "./steps/set-office-scope"

/** A national office account gives an office user authority over one province or the whole country. */
export const assignOfficeScopeWorkflow = createWorkflow("assign-office-scope", (input: WorkflowData<OfficeScopeAssignment>) => {
  const scope = setOfficeScopeStep(input)
  return new WorkflowResponse(scope)
})
