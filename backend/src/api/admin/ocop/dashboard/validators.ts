import { z } from "@medusajs/framework/zod"
import { isProvinceCode, PERIOD_KINDS } from "@ocop/domain"

// Query values arrive as strings. Every check is a refine so its Vietnamese message reaches the
// client: Medusa rewrites zod's own type, range and "required" messages in English.
const optionalText = (check: (v: string) => boolean, message: string) =>
  z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || check(v), message)

const intIn = (min: number, max: number) => (v: string) => /^\d{1,4}$/.test(v) && Number(v) >= min && Number(v) <= max

export const programmePeriodShape = {
  province_code: optionalText(
    isProvinceCode,
    "Mã tỉnh/thành không hợp lệ, ví dụ 42 là Hà Tĩnh (province_code must be a province code, e.g. 42)"
  ),
  period: optionalText(
    (v) => (PERIOD_KINDS as readonly string[]).includes(v),
    "Kỳ báo cáo phải là monthly (tháng), quarterly (quý) hoặc yearly (năm) (period must be monthly, quarterly or yearly)"
  ),
  year: optionalText(intIn(2000, 2100), "Năm phải từ 2000 đến 2100 (year must be 2000–2100)"),
  month: optionalText(intIn(1, 12), "Tháng phải từ 1 đến 12 (month must be 1–12)"),
  quarter: optionalText(intIn(1, 4), "Quý phải từ 1 đến 4 (quarter must be 1–4)"),
}

type PeriodParams = { period?: string; month?: string; quarter?: string }

/** A monthly period needs its month, a quarterly one its quarter. */
export function checkPeriodParts(q: PeriodParams, ctx: z.RefinementCtx) {
  if (q.period === "monthly" && !q.month) {
    ctx.addIssue({ code: "custom", path: ["month"], message: "Báo cáo tháng cần chọn tháng (month is required for a monthly period)" })
  }
  if (q.period === "quarterly" && !q.quarter) {
    ctx.addIssue({ code: "custom", path: ["quarter"], message: "Báo cáo quý cần chọn quý (quarter is required for a quarterly period)" })
  }
}

export const AdminProgrammeDashboardParams = z.object(programmePeriodShape).superRefine(checkPeriodParts)

export type ProgrammePeriodParams = {
  province_code?: string
  period?: string
  year?: string
  month?: string
  quarter?: string
}
