import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROGRAMME_MODULE } from "../../../modules/programme"
import type ProgrammeModuleService from "../../../modules/programme/service"

export type ProgrammeTargetUpdate = {
  id: string
  metric?: string
  province_code?: string
  period_start?: string
  period_end?: string
  value?: number
  source?: string | null
}

const FIELDS = ["metric", "province_code", "period_start", "period_end", "value", "source"] as const

/** Updates a target and remembers its previous values so a failed workflow restores them. */
export const updateProgrammeTargetStep = createStep(
  "update-programme-target",
  async (update: ProgrammeTargetUpdate, { container }) => {
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    const before = await programme.retrieveProgrammeTarget(update.id)
    const previous = Object.fromEntries([["id", before.id], ...FIELDS.map((k) => [k, (before as any)[k]])])
    const updated = await programme.updateProgrammeTargets(update)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    await programme.updateProgrammeTargets(previous as any)
  }
)
