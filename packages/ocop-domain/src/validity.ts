/**
 * Certificate validity dates. Every date here is a calendar date in Vietnam (UTC+07:00,
 * no daylight saving), written "YYYY-MM-DD". Inputs may be a Date (an instant), an ISO date,
 * or an ISO timestamp; outputs are always ISO dates.
 *
 * Sources: Decision 26/2026/QĐ-TTg Art. 4.3 (36 months), Art. 7.6 (re-evaluation window
 * 180–120 days before expiry), Art. 12.3 (transitional extension of at most 180 days).
 */

export const VALIDITY_MONTHS = 36;
export const EXPIRING_SOON_DAYS = 180;
/** Days before the end date on which the producer is reminded. */
export const EXPIRY_NOTICE_DAYS = [180, 120, 30, 7] as const;
export const REEVALUATION_OPENS_DAYS = 180;
export const REEVALUATION_CLOSES_DAYS = 120;
export const MAX_EXTENSION_DAYS = 180;

export type DateInput = Date | string;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/** The calendar date in Asia/Ho_Chi_Minh of an instant (fixed +07:00, so no Intl needed). */
export function vietnamDate(now: Date): string {
  const t = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new RangeError("vietnamDate needs a valid Date");
  return new Date(t + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a checked calendar date. */
function dayNumberOfIsoDate(s: string): number {
  const m = ISO_DATE.exec(s);
  if (!m) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${s}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 2023-02-30 over to March; refuse it instead of guessing.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`Not a real calendar date: ${s}`);
  }
  return t / DAY_MS;
}

/**
 * Normalise an input to a Vietnam calendar date. A timestamp with a zone ("Z", "+07:00") is an
 * instant and is converted; one without a zone is taken as Vietnam wall-clock time, so its date
 * part is used as written (JS would otherwise read it in the server's local zone).
 */
export function toVietnamDate(input: DateInput): string {
  if (input instanceof Date) return vietnamDate(input);
  if (typeof input !== "string") throw new TypeError(`Expected a Date or an ISO date string, got ${typeof input}`);
  const s = input.trim();
  if (ISO_DATE.test(s)) {
    dayNumberOfIsoDate(s);
    return s;
  }
  const ts = ISO_TIMESTAMP.exec(s);
  if (ts) {
    if (!HAS_ZONE.test(s)) {
      dayNumberOfIsoDate(ts[1]);
      return ts[1];
    }
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) return vietnamDate(d);
  }
  throw new RangeError(`Not an ISO date or timestamp: ${input}`);
}

function dayNumber(input: DateInput): number {
  return dayNumberOfIsoDate(toVietnamDate(input));
}

function isoFromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Add calendar months; when the target month is shorter, clamp to its last day. */
export function addMonths(date: DateInput, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const [y, m, d] = toVietnamDate(date).split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const td = Math.min(d, daysInMonth(ty, tm));
  return `${String(ty).padStart(4, "0")}-${String(tm + 1).padStart(2, "0")}-${String(td).padStart(2, "0")}`;
}

/**
 * Issue date + 36 months. Month-end rule: a day the target month lacks clamps to its last day
 * (2020-02-29 → 2023-02-28; 2023-05-31 → 2026-05-31; 2021-01-31 → 2024-01-31). The stored
 * valid_until on a certificate wins over this: use it to prefill, not to recompute.
 */
export function validUntil(issuedAt: DateInput): string {
  return addMonths(issuedAt, VALIDITY_MONTHS);
}

export function addDays(date: DateInput, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer number of days, got ${n}`);
  return isoFromDayNumber(dayNumber(date) + n);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateInput, to: DateInput): number {
  return dayNumber(to) - dayNumber(from);
}

/** Calendar days from today in Vietnam to `date`: 0 on the day itself, negative once past. */
export function daysUntil(date: DateInput, now: Date): number {
  return daysBetween(vietnamDate(now), date);
}

/** The filing window for re-evaluation, both ends inclusive (Art. 7.6). */
export function reevaluationWindow(validUntilDate: DateInput): { opens: string; closes: string } {
  return {
    opens: addDays(validUntilDate, -REEVALUATION_OPENS_DAYS),
    closes: addDays(validUntilDate, -REEVALUATION_CLOSES_DAYS),
  };
}

export function isInReevaluationWindow(validUntilDate: DateInput, now: Date): boolean {
  const { opens, closes } = reevaluationWindow(validUntilDate);
  const today = vietnamDate(now);
  return today >= opens && today <= closes;
}

/** The latest end date a transitional extension may reach (Art. 12.3). */
export function maxExtensionUntil(validUntilDate: DateInput): string {
  return addDays(validUntilDate, MAX_EXTENSION_DAYS);
}

export interface CertificateDates {
  status: string;
  valid_until: DateInput;
  extension_until?: DateInput | null;
}

/**
 * The last day (inclusive) the certificate is in force: extension_until for an extended
 * certificate that has one, otherwise valid_until. The extension is kept within
 * [valid_until, valid_until + 180 days] so bad data can never sell past the legal limit.
 */
export function certificateEndDate(cert: CertificateDates): string {
  const until = toVietnamDate(cert.valid_until);
  if (cert.status !== "extended" || cert.extension_until == null || cert.extension_until === "") return until;
  const ext = toVietnamDate(cert.extension_until);
  const max = maxExtensionUntil(until);
  if (ext < until) return until;
  return ext > max ? max : ext;
}
