import { reportingPeriod, vietnamDate, type PeriodKind, type ReportingPeriod } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../../../lib/errors"

type PeriodQuery = { period?: string; year?: string; month?: string; quarter?: string }

/**
 * The reporting period a validated query asks for; by default the running year. A period that has not
 * begun has no figures to show, so it is refused rather than answered with zeros.
 */
export function periodFromQuery(q: PeriodQuery, now: Date): ReportingPeriod {
  const today = vietnamDate(now)
  const kind = (q.period || "yearly") as PeriodKind
  const year = q.year ? Number(q.year) : Number(today.slice(0, 4))
  const period = reportingPeriod(kind, year, q.month ? Number(q.month) : null, q.quarter ? Number(q.quarter) : null)
  if (period.start > today) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.REPORT_PERIOD_NOT_STARTED,
      `Kỳ báo cáo ${period.label.vi} chưa bắt đầu`,
      `the period ${period.label.en} has not started yet`
    )
  }
  return period
}
