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

/** The horizons the office watches certificates expire within (dashboard tiles, reports). */
export const EXPIRY_HORIZON_DAYS = [30, 90, EXPIRING_SOON_DAYS] as const;

/**
 * How urgent a certificate's end is, from the days left: gone; past the re-evaluation window's
 * close (under 120 days, a renewal can no longer be filed in time); inside the expiring-soon window
 * (180 days); fine. Admin and portal colour "days to expiry" by this.
 */
export type ExpiryUrgency = "expired" | "urgent" | "soon" | "ok";

export function expiryUrgency(daysToExpiry: number | null | undefined): ExpiryUrgency {
  if (daysToExpiry == null || !Number.isFinite(daysToExpiry)) return "ok";
  if (daysToExpiry < 0) return "expired";
  if (daysToExpiry < REEVALUATION_CLOSES_DAYS) return "urgent";
  if (daysToExpiry <= EXPIRING_SOON_DAYS) return "soon";
  return "ok";
}

/** A calendar date as Vietnamese write it in messages: "2027-06-30" → "30/06/2027". */
export function viDate(iso: string): string {
  return iso.split("-").reverse().join("/");
}

/**
 * The one message for a re-evaluation filed outside its window (Art. 7.6), with the window's dates:
 * the producer's route and the office's transition say the same thing.
 */
export function reevaluationWindowMessage(validUntilDate: DateInput): { vi: string; en: string } {
  const { opens, closes } = reevaluationWindow(validUntilDate);
  return {
    vi: `Hồ sơ đánh giá lại chỉ được nộp từ ${viDate(opens)} đến ${viDate(closes)} (180–120 ngày trước khi chứng nhận hết hạn, Điều 7.6)`,
    en: `The re-evaluation dossier can only be filed from ${opens} to ${closes} (180–120 days before the certificate expires, Art. 7.6)`,
  };
}

/** Why a certificate's dates cannot be accepted; stable codes, with the text a person reads. */
export type CertificateDatesProblem =
  | { code: "ocop.certificate.decision_in_future"; vi: string; en: string }
  | { code: "ocop.certificate.valid_until_before_decision"; vi: string; en: string }
  | { code: "ocop.certificate.valid_until_beyond_legal"; vi: string; en: string; max: string };

/**
 * Checks a decision's dates against the law (Art. 4.3): the decision date is not after today in
 * Vietnam, and `valid_until` falls after it and no later than 36 months from it (month-end rule of
 * `validUntil`). Returns null when acceptable. Used when a producer submits, when the office records
 * and again when the office verifies, so a submission stored before this rule cannot slip through.
 */
export function certificateDatesProblem(issuedAt: DateInput, until: DateInput, now: Date): CertificateDatesProblem | null {
  const issued = toVietnamDate(issuedAt);
  const end = toVietnamDate(until);
  const today = vietnamDate(now);
  if (issued > today) {
    return {
      code: "ocop.certificate.decision_in_future",
      vi: `Ngày quyết định ${viDate(issued)} chưa đến (hôm nay là ${viDate(today)})`,
      en: `The decision date ${issued} is in the future (today is ${today})`,
    };
  }
  if (end <= issued) {
    return {
      code: "ocop.certificate.valid_until_before_decision",
      vi: "Ngày hết hiệu lực phải sau ngày quyết định",
      en: "valid_until must be after the decision date",
    };
  }
  const max = validUntil(issued);
  if (end > max) {
    return {
      code: "ocop.certificate.valid_until_beyond_legal",
      vi: `Giấy chứng nhận OCOP có hiệu lực tối đa 36 tháng: quyết định ngày ${viDate(issued)} hết hiệu lực chậm nhất ngày ${viDate(max)}`,
      en: `An OCOP certificate is valid for at most 36 months: a decision of ${issued} ends no later than ${max}`,
      max,
    };
  }
  return null;
}
