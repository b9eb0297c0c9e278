import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertUniqueProgrammeTargetsStep } from "../steps/assert-unique-programme-targets"
import { createProgrammeTargetsStep, type NewProgrammeTarget } from "./steps/create-programme-targets"

/** The OCOP office sets programme targets (metric, province, period, value). */
export const createProgrammeTargetsWorkflow = createWorkflow(
  "create-programme-targets",
  (input: WorkflowData<{ targets: NewProgrammeTarget[] }>) => {
    assertUniqueProgrammeTargetsStep(input.targets)
    const targets = createProgrammeTargetsStep(input.targets)
    return new WorkflowResponse(targets)
  }
)
