import { z } from "@medusajs/framework/zod"
import { isProgrammeMetric, isProvinceCode, PROGRAMME_METRIC_CODES, programmeMetric } from "@ocop/domain"
import { safeText } from "../../../../lib/safe-input"

// Refines and customs only: their Vietnamese messages reach the client as written.
const isoDate = (field: string) =>
  z.custom<string>(
    (s) => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    `${field}: ngày phải có dạng YYYY-MM-DD và có thật (date must be a real YYYY-MM-DD date)`
  )

const metric = z.custom<string>(
  isProgrammeMetric,
  `Chỉ tiêu không hợp lệ, chọn một trong: ${PROGRAMME_METRIC_CODES.join(", ")} (unknown metric)`
)
const provinceCode = z.custom<string>(
  isProvinceCode,
  "Mã tỉnh/thành không hợp lệ, ví dụ 42 là Hà Tĩnh (province_code must be a province code)"
)
const value = z.custom<number>(
  (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1_000_000,
  "Giá trị chỉ tiêu phải là số từ 0 trở lên (value must be a number ≥ 0)"
)
const source = safeText({ max: 500 }).nullish()

type TargetFields = { metric?: string; period_start?: string; period_end?: string; value?: number }

/** Cross-field rules, also applied to an update merged with the stored target. */
export function targetProblems(t: TargetFields): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = []
  if (t.period_start && t.period_end && t.period_end < t.period_start) {
    problems.push({
      path: "period_end",
      message: "Ngày kết thúc kỳ phải từ ngày bắt đầu trở đi (period_end must not be before period_start)",
    })
  }
  const m = t.metric ? programmeMetric(t.metric) : undefined
  if (m?.unit === "percent" && t.metric !== "sales_growth_yoy" && typeof t.value === "number" && t.value > 100) {
    problems.push({ path: "value", message: "Chỉ tiêu tỉ lệ không vượt quá 100% (a share cannot exceed 100%)" })
  }
  if (m?.unit === "count" && typeof t.value === "number" && !Number.isInteger(t.value)) {
    problems.push({ path: "value", message: "Chỉ tiêu số sản phẩm phải là số nguyên (a count target must be a whole number)" })
  }
  return problems
}

const crossCheck = (t: TargetFields, ctx: z.RefinementCtx) => {
  for (const p of targetProblems(t)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message })
}

export const AdminCreateProgrammeTarget = z
  .object({
    metric,
    province_code: provinceCode,
    period_start: isoDate("period_start"),
    period_end: isoDate("period_end"),
    value,
    source,
  })
  .superRefine(crossCheck)

export type AdminCreateProgrammeTargetType = z.infer<typeof AdminCreateProgrammeTarget>

export const AdminUpdateProgrammeTarget = z
  .object({
    metric: metric.optional(),
    province_code: provinceCode.optional(),
    period_start: isoDate("period_start").optional(),
    period_end: isoDate("period_end").optional(),
    value: value.optional(),
    source,
  })
  .superRefine(crossCheck)

export type AdminUpdateProgrammeTargetType = z.infer<typeof AdminUpdateProgrammeTarget>

export const AdminListProgrammeTargetsParams = z.object({
  province_code: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || isProvinceCode(v), "Mã tỉnh/thành không hợp lệ (province_code must be a province code)"),
  metric: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === "" || isProgrammeMetric(v), "Chỉ tiêu không hợp lệ (unknown metric)"),
})
