import { model } from "@medusajs/framework/utils"

/**
 * A programme target (chỉ tiêu) the OCOP office tracks for a province over a period, e.g. Hà Tĩnh
 * "about 610 certified products by 2030". The metric code names what is measured (see
 * programme-metrics.ts in @ocop/domain); the value is a count or a percentage, as that metric says.
 * Period bounds are calendar dates "YYYY-MM-DD" (text, like certificate dates: no time zone shift).
 */
export const ProgrammeTarget = model
  .define("programme_target", {
    id: model.id({ prefix: "prgt" }).primaryKey(),
    metric: model.text(),
    province_code: model.text(),
    period_start: model.text(),
    period_end: model.text(),
    value: model.float(),
    /** where the figure comes from (plan, decision) — shown beside the progress bar */
    source: model.text().nullable(),
  })
  .indexes([{ on: ["province_code", "metric"] }, { on: ["metric", "province_code", "period_start", "period_end"], unique: true }])
