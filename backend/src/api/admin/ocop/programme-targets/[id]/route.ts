import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, ocopError } from "../../../../../lib/errors"
import { PROGRAMME_MODULE } from "../../../../../modules/programme"
import type ProgrammeModuleService from "../../../../../modules/programme/service"
import { deleteProgrammeTargetsWorkflow } from "../../../../../workflows/delete-programme-targets"
import { updateProgrammeTargetWorkflow } from "../../../../../workflows/update-programme-target"
import { targetProblems, type AdminUpdateProgrammeTargetType } from "../validators"

async function storedTarget(req: AuthenticatedMedusaRequest<any>) {
  const programme: ProgrammeModuleService = req.scope.resolve(PROGRAMME_MODULE)
  const [target] = await programme.listProgrammeTargets({ id: req.params.id })
  if (!target) {
    throw ocopError("NOT_FOUND", ERROR_CODES.PROGRAMME_TARGET_NOT_FOUND, "Không tìm thấy chỉ tiêu", "target not found")
  }
  return target
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ target: await storedTarget(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateProgrammeTargetType>, res: MedusaResponse) => {
  const current = await storedTarget(req)
  const update = req.validatedBody
  const merged = { ...current, ...Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined)) }
  const [problem] = targetProblems(merged as any)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem.message, ERROR_CODES.PROGRAMME_TARGET_INVALID)
  }
  const { result } = await updateProgrammeTargetWorkflow(req.scope).run({
    input: {
      ...update,
      id: current.id,
      current: {
        id: current.id,
        metric: current.metric,
        province_code: current.province_code,
        period_start: current.period_start,
        period_end: current.period_end,
      },
    },
  })
  res.json({ target: result })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const current = await storedTarget(req)
  await deleteProgrammeTargetsWorkflow(req.scope).run({ input: { ids: [current.id] } })
  res.json({ id: current.id, object: "programme_target", deleted: true })
}
