import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officeProvinceFilter } from "../../../../modules/office/acting-scope"
import { PROGRAMME_MODULE } from "../../../../modules/programme"
import type ProgrammeModuleService from "../../../../modules/programme/service"
import { createProgrammeTargetsWorkflow } from "../../../../workflows/create-programme-targets"
import type { AdminCreateProgrammeTargetType } from "./validators"

/** The office's programme targets, optionally for one province or metric. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as { province_code?: string; metric?: string }
  const filters: Record<string, string> = {}
  const province = officeProvinceFilter(req) ?? q.province_code
  if (province) filters.province_code = province
  if (q.metric) filters.metric = q.metric
  const programme: ProgrammeModuleService = req.scope.resolve(PROGRAMME_MODULE)
  const [targets, count] = await programme.listAndCountProgrammeTargets(filters, {
    order: { province_code: "ASC", period_end: "ASC", metric: "ASC" },
    take: 500,
  })
  res.json({ targets, count })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateProgrammeTargetType>, res: MedusaResponse) => {
  const { result } = await createProgrammeTargetsWorkflow(req.scope).run({ input: { targets: [req.validatedBody] } })
  res.status(201).json({ target: result[0] })
}
