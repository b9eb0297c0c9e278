import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertUniqueProgrammeTargetsStep, type TargetKey } from "../steps/assert-unique-programme-targets"
import { updateProgrammeTargetStep, type ProgrammeTargetUpdate } from "./steps/update-programme-target"

export type UpdateProgrammeTargetInput = ProgrammeTargetUpdate & {
  /** the target as stored, so the uniqueness check sees the merged result */
  current: TargetKey
}

/** The OCOP office corrects a target's value, period or source. */
export const updateProgrammeTargetWorkflow = createWorkflow(
  "update-programme-target",
  (input: WorkflowData<UpdateProgrammeTargetInput>) => {
    const merged = transform({ input }, ({ input }): TargetKey[] => {
      const { current, ...update } = input
      return [{ ...current, ...Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined)), id: current.id } as TargetKey]
    })
    assertUniqueProgrammeTargetsStep(merged)
    const update = transform({ input }, ({ input }) => {
      const { current, ...rest } = input
      return rest
    })
    const target = updateProgrammeTargetStep(update)
    return new WorkflowResponse(target)
  }
)
