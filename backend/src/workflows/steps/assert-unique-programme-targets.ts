import { createStep } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../lib/errors"
import { PROGRAMME_MODULE } from "../../modules/programme"
import type ProgrammeModuleService from "../../modules/programme/service"

export type TargetKey = { id?: string; metric: string; province_code: string; period_start: string; period_end: string }

/** One target per metric, province and period: a second one would make progress ambiguous. */
export const assertUniqueProgrammeTargetsStep = createStep(
  "assert-unique-programme-targets",
  async (targets: TargetKey[], { container }) => {
    const seen = new Set<string>()
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    for (const t of targets) {
      const key = [t.metric, t.province_code, t.period_start, t.period_end].join("|")
      const existing = await programme.listProgrammeTargets(
        { metric: t.metric, province_code: t.province_code, period_start: t.period_start, period_end: t.period_end },
        { select: ["id"] }
      )
      if (seen.has(key) || existing.some((e) => e.id !== t.id)) {
        throw ocopError(
          "DUPLICATE_ERROR",
          ERROR_CODES.PROGRAMME_TARGET_DUPLICATE,
          `Đã có chỉ tiêu ${t.metric} cho tỉnh ${t.province_code} trong kỳ ${t.period_start} – ${t.period_end}`,
          "a target for this metric, province and period already exists"
        )
      }
      seen.add(key)
    }
  }
)
