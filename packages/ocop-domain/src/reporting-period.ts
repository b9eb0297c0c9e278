/**
 * Reporting periods of the OCOP programme: the provincial plans ask for monthly, quarterly and yearly
 * reports (S-002 §3.6, S-000, S-004 §8), each measured against the same period a year earlier and shown
 * with a year of monthly trend. Calendar dates are Vietnam dates "YYYY-MM-DD".
 */
export const PERIOD_KINDS = ["monthly", "quarterly", "yearly"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type ReportingPeriod = {
  kind: PeriodKind;
  year: number;
  month: number | null;
  quarter: number | null;
  /** first and last day, inclusive */
  start: string;
  end: string;
  /** the same period one year earlier, for year-on-year growth */
  previous: { start: string; end: string };
  label: { vi: string; en: string };
};

const pad = (n: number) => String(n).padStart(2, "0");
const ROMAN = ["I", "II", "III", "IV"];
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function lastDayOfMonth(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function bounds(kind: PeriodKind, year: number, month: number | null, quarter: number | null) {
  if (kind === "monthly") return { start: `${year}-${pad(month!)}-01`, end: lastDayOfMonth(year, month!) };
  if (kind === "quarterly") {
    const first = (quarter! - 1) * 3 + 1;
    return { start: `${year}-${pad(first)}-01`, end: lastDayOfMonth(year, first + 2) };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

export function reportingPeriod(kind: PeriodKind, year: number, month?: number | null, quarter?: number | null): ReportingPeriod {
  const m = kind === "monthly" ? (month ?? null) : null;
  const q = kind === "quarterly" ? (quarter ?? null) : null;
  if (kind === "monthly" && !(m && m >= 1 && m <= 12)) throw new RangeError("month must be 1–12");
  if (kind === "quarterly" && !(q && q >= 1 && q <= 4)) throw new RangeError("quarter must be 1–4");
  const { start, end } = bounds(kind, year, m, q);
  const label =
    kind === "monthly"
      ? { vi: `Tháng ${m}/${year}`, en: `${EN_MONTHS[m! - 1]} ${year}` }
      : kind === "quarterly"
        ? { vi: `Quý ${ROMAN[q! - 1]}/${year}`, en: `Q${q} ${year}` }
        : { vi: `Năm ${year}`, en: `Year ${year}` };
  return { kind, year, month: m, quarter: q, start, end, previous: bounds(kind, year - 1, m, q), label };
}

/** The day the period's point-in-time figures are taken: its last day, or today while it is running. */
export function periodAsOf(period: Pick<ReportingPeriod, "end">, today: string): string {
  return period.end < today ? period.end : today;
}

export type TrendMonth = { key: string; day: string };

/**
 * The 12 months ending with the period's last month (one year of trend on every dashboard), each
 * measured on its last day — or today for the running month; months not yet begun are left out.
 */
export function trendMonths(period: Pick<ReportingPeriod, "end">, today: string): TrendMonth[] {
  const [y, m] = period.end.split("-").map(Number);
  const out: TrendMonth[] = [];
  for (let i = 11; i >= 0; i--) {
    const idx = y * 12 + (m - 1) - i;
    const year = Math.floor(idx / 12);
    const month = (idx % 12) + 1;
    const key = `${year}-${pad(month)}`;
    if (`${key}-01` > today) continue;
    const last = lastDayOfMonth(year, month);
    out.push({ key, day: last < today ? last : today });
  }
  return out;
}

/** The same calendar day `years` later (or earlier); 29 February becomes 28 February in a common year. */
export function shiftYears(day: string, years: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${pad(m)}-${pad(Math.min(d, last))}`;
}

/** Year-on-year growth in percent, or null when there is nothing to compare with (no sales a year earlier). */
export function growthPercent(current: number, previous: number): number | null {
  if (!previous) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

/** A share in percent with one decimal; null when the whole is zero. */
export function sharePercent(part: number, whole: number): number | null {
  if (!whole) return null;
  return Math.round((part / whole) * 1000) / 10;
}
