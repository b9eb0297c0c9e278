import { z } from "@medusajs/framework/zod"
import { checkPeriodParts, programmePeriodShape, type ProgrammePeriodParams } from "../dashboard/validators"

export const REPORT_FORMATS = ["xlsx", "pdf"] as const

/** A periodic report is always for one province: the office reports to its provincial People's Committee. */
export const AdminProgrammeReportParams = z
  .object({
    ...programmePeriodShape,
    format: z
      .string()
      .optional()
      .refine(
        (v) => v === undefined || (REPORT_FORMATS as readonly string[]).includes(v),
        "Định dạng phải là xlsx hoặc pdf (format must be xlsx or pdf)"
      ),
  })
  .superRefine((q, ctx) => {
    if (!q.province_code) {
      ctx.addIssue({
        code: "custom",
        path: ["province_code"],
        message: "Cần chọn tỉnh/thành cho báo cáo, ví dụ 42 (province_code is required)",
      })
    }
    if (!q.period) {
      ctx.addIssue({
        code: "custom",
        path: ["period"],
        message: "Cần chọn kỳ báo cáo: monthly, quarterly hoặc yearly (period is required)",
      })
    }
    if (!q.year) {
      ctx.addIssue({ code: "custom", path: ["year"], message: "Cần chọn năm báo cáo (year is required)" })
    }
    checkPeriodParts(q, ctx)
  })

export type ProgrammeReportParams = ProgrammePeriodParams & { format?: (typeof REPORT_FORMATS)[number] }
