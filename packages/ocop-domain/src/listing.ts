/**
 * Listability: THE single definition of whether a product may be sold right now.
 * DESIGN.md §1: "Listability is a pure function of the live certificate and now".
 */
import { LISTABLE_STATUSES, isCertificateStatus, type CertificateStatus, type EffectiveCertificateStatus } from "./certificate-state.js";
import {
  EXPIRING_SOON_DAYS,
  MAX_EXTENSION_DAYS,
  addDays,
  certificateEndDate,
  daysBetween,
  toVietnamDate,
  vietnamDate,
} from "./validity.js";

export interface CertificateLike {
  status: CertificateStatus | string;
  valid_until: string | Date;
  extension_until?: string | Date | null;
  issued_at?: string | Date | null;
}

/** Stored statuses whose force ends with time; the clock job may lag, so time is checked here too. */
export const TIME_BOUND_STATUSES: readonly CertificateStatus[] = ["valid", "reevaluation_pending", "extended"];

/**
 * The status to show and act on at `now`. A live certificate whose end date (inclusive, in
 * Vietnam) has passed is "expired" even before the clock job records it; a "valid" one with
 * ≤ 180 days left is "expiring_soon". Throws on an unknown status or unreadable date.
 */
export function effectiveStatus(cert: CertificateLike, now: Date): EffectiveCertificateStatus {
  if (!isCertificateStatus(cert.status)) {
    throw new RangeError(`Unknown certificate status: ${String(cert.status)}`);
  }
  if (!TIME_BOUND_STATUSES.includes(cert.status)) return cert.status;

  const today = vietnamDate(now);
  const end = certificateEndDate(cert);
  if (today > end) return "expired";
  if (cert.status === "valid" && daysBetween(today, cert.valid_until) <= EXPIRING_SOON_DAYS) {
    return "expiring_soon";
  }
  return cert.status;
}

/**
 * True only when the certificate's effective status allows sale. The last day of validity is
 * still listable; the day after is not. Fails closed: no certificate, an unknown status or an
 * unreadable date all mean "not listable", because a wrong "yes" sells an uncertified product.
 */
export function isListable(cert: CertificateLike | null | undefined, now: Date): boolean {
  if (!cert) return false;
  try {
    return (LISTABLE_STATUSES as readonly string[]).includes(effectiveStatus(cert, now));
  } catch {
    return false;
  }
}

function issuedDay(cert: CertificateLike): string {
  if (cert.issued_at == null || cert.issued_at === "") return "";
  try {
    return toVietnamDate(cert.issued_at);
  } catch {
    return "";
  }
}

/** Certificates that never count as a product's current one, whatever their dates. */
export const NEVER_LIVE_CERTIFICATE_STATUSES: readonly CertificateStatus[] = ["superseded", "rejected"];

/**
 * The product's current certificate. Superseded and rejected ones never count. A decided
 * certificate (anything but pending_review) wins over a pending one, so a submission under
 * review never hides an expired or revoked record; among equals the latest issued_at wins,
 * a missing issued_at counts as oldest, and a tie goes to the later element of the array.
 */
export function liveCertificate<T extends CertificateLike>(certs: readonly T[]): T | null {
  let decided: T | null = null;
  let pending: T | null = null;
  for (const c of certs) {
    if ((NEVER_LIVE_CERTIFICATE_STATUSES as readonly string[]).includes(c.status)) continue;
    if (c.status === "pending_review") {
      if (pending === null || issuedDay(c) >= issuedDay(pending)) pending = c;
    } else if (decided === null || issuedDay(c) >= issuedDay(decided)) {
      decided = c;
    }
  }
  return decided ?? pending;
}

/** Producer approval states in which the producer's products may be sold (the OCOP office approved it). */
export const SELLING_PRODUCER_STATUSES = ["approved"] as const;

export interface ProducerLike {
  approval_status?: string | null;
}

/**
 * True when the producer may sell: the OCOP office approved it. A producer awaiting approval,
 * rejected or suspended sells nothing, however valid its certificates. A product with no producer
 * (an office-entered listing) is judged on its certificate alone; a producer record without a
 * readable approval status fails closed.
 */
export function isProducerSelling(producer: ProducerLike | null | undefined): boolean {
  if (producer == null) return true;
  return (SELLING_PRODUCER_STATUSES as readonly string[]).includes(String(producer.approval_status ?? ""));
}

/**
 * THE listing rule for a product: its live certificate is listable at `now` AND its producer is
 * approved. Store routes, search, carts and the publishing gate all come here.
 */
export function isProductListable(cert: CertificateLike | null | undefined, producer: ProducerLike | null | undefined, now: Date): boolean {
  return isListable(cert, now) && isProducerSelling(producer);
}

/**
 * The listing rule's constants for a SQL statement that pages listable products (the store
 * catalogue at national scale): SQL receives these as parameters and never spells a status, a
 * day count or a date of its own. Dates are Vietnam calendar dates ("YYYY-MM-DD"), which compare
 * correctly as text. A time-bound certificate is listable while `today` ≤ its end date: its
 * `valid_until`, or for an extended one its `extension_until` as long as that is at most
 * MAX_EXTENSION_DAYS past `valid_until` (i.e. `valid_until` ≥ `extension_floor`).
 */
export function listingSqlParameters(now: Date) {
  const today = vietnamDate(now);
  return {
    today,
    /** the earliest valid_until whose extension can still reach today */
    extension_floor: addDays(today, -MAX_EXTENSION_DAYS),
    never_live_statuses: [...NEVER_LIVE_CERTIFICATE_STATUSES] as string[],
    pending_status: "pending_review" as CertificateStatus,
    /** stored statuses that may be listable (expiring_soon is derived, never stored) */
    listable_statuses: (LISTABLE_STATUSES as readonly string[]).filter(isCertificateStatus) as string[],
    time_bound_statuses: [...TIME_BOUND_STATUSES] as string[],
    extended_status: "extended" as CertificateStatus,
    selling_producer_statuses: [...SELLING_PRODUCER_STATUSES] as string[],
  };
}
