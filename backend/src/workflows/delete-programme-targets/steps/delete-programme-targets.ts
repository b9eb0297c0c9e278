import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROGRAMME_MODULE } from "../../../modules/programme"
import type ProgrammeModuleService from "../../../modules/programme/service"

/** Soft-deletes targets; a failed workflow restores them. */
export const deleteProgrammeTargetsStep = createStep(
  "delete-programme-targets",
  async (ids: string[], { container }) => {
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    await programme.softDeleteProgrammeTargets(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    await programme.restoreProgrammeTargets(ids)
  }
)
