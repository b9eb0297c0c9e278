import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROGRAMME_MODULE } from "../../../modules/programme"
import type ProgrammeModuleService from "../../../modules/programme/service"

export type NewProgrammeTarget = {
  metric: string
  province_code: string
  period_start: string
  period_end: string
  value: number
  source?: string | null
}

export const createProgrammeTargetsStep = createStep(
  "create-programme-targets",
  async (targets: NewProgrammeTarget[], { container }) => {
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    const created = await programme.createProgrammeTargets(targets)
    return new StepResponse(
      created,
      created.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    await programme.deleteProgrammeTargets(ids)
  }
)
