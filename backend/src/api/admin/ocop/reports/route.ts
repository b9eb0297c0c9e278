import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officeProvinceFilter } from "../../../../modules/office/acting-scope"
import { programmeFigures } from "../dashboard/programme-figures"
import { periodFromQuery } from "../dashboard/period-from-query"
import { renderReportPdf } from "../../../../reports/pdf"
import { buildReportModel, reportFileName } from "../../../../reports/programme-report"
import { renderReportXlsx } from "../../../../reports/xlsx"
import type { ProgrammeReportParams } from "./validators"

const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const

/**
 * A monthly, quarterly or yearly programme report for one province, as XLSX or PDF: the dashboard's
 * figures plus every certificate change in the period. A period without data yields a report that says so.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as ProgrammeReportParams
  const now = new Date()
  const period = periodFromQuery(q, now)
  const figures = await programmeFigures(req.scope, { period, provinceCode: officeProvinceFilter(req) ?? q.province_code!, now })
  const model = buildReportModel(figures)
  const format = q.format ?? "xlsx"
  const file = format === "pdf" ? await renderReportPdf(model) : await renderReportXlsx(model)
  const name = reportFileName(figures, format)
  res.setHeader("Content-Type", CONTENT_TYPES[format])
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.setHeader("Content-Length", String(file.length))
  res.status(200).send(file)
}
