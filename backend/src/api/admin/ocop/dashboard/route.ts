import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officeProvinceFilter } from "../../../../modules/office/acting-scope"
import { programmeFigures } from "./programme-figures"
import { periodFromQuery } from "./period-from-query"
import type { ProgrammePeriodParams } from "./validators"

/** The programme dashboard: every figure for one province (or all) and one period, computed in SQL. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as ProgrammePeriodParams
  const now = new Date()
  const period = periodFromQuery(q, now)
  const figures = await programmeFigures(req.scope, {
    period,
    provinceCode: officeProvinceFilter(req) ?? (q.province_code || null),
    changeLimit: 20,
    now,
  })
  res.json(figures)
}
