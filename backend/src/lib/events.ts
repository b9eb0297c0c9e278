import { isSupersedeReason } from "@ocop/domain"

/** Events of this marketplace: namespaced, past tense. */

/**
 * Generic change events: one per changed certificate or listing, whatever the fact. The storefront
 * revalidation, the search index and the points-of-sale tasks subscribe to these.
 */
export const CERTIFICATE_CHANGED_EVENT = "ocop.certificate.changed"
export const LISTING_CHANGED_EVENT = "ocop.listing.changed"

/**
 * The certificate clock found a certificate in an expiring-soon band (180, 120, 30 or 7 days before
 * its end) and recorded the notice ({ certificate_id, band_days, days_left, ends_on }); emitted once
 * per certificate and band, beside the feed notification.
 */
export const CERTIFICATE_EXPIRING_EVENT = "ocop.certificate.expiring"

/** The office approved, rejected or suspended a producer ({ id, approval_status, actor }): its products are re-listed or pulled. */
export const PRODUCER_APPROVAL_CHANGED_EVENT = "ocop.producer.approval_changed"
/** A producer signed up through the portal ({ id }). */
export const PRODUCER_REGISTERED_EVENT = "ocop.producer.registered"

/**
 * One named event per certificate fact, emitted beside CERTIFICATE_CHANGED_EVENT with the same
 * payload ({ certificate_id, to }, plus superseded_by_id when a new evaluation replaced it), so a
 * subscriber interested in one fact (a revocation, a downgrade) need not filter the generic one.
 * The facts follow CERTIFICATE_TRANSITIONS in @ocop/domain.
 */
export const CERTIFICATE_EVENTS = {
  /** a new certificate: an office decision entered valid, or a producer's submission pending review */
  recorded: "ocop.certificate.recorded",
  /** the office verified a submission: pending_review → valid */
  approved: "ocop.certificate.approved",
  /** the office refused a submission: pending_review → rejected */
  rejected: "ocop.certificate.rejected",
  /** the producer filed for re-evaluation in its window: → reevaluation_pending */
  reevaluation_requested: "ocop.certificate.reevaluation_requested",
  /** a transitional extension (Art. 12.3): → extended */
  extended: "ocop.certificate.extended",
  /** a platform hold while the office looks into it: → suspended */
  suspended: "ocop.certificate.suspended",
  /** the hold cleared: suspended → the live state held before */
  reinstated: "ocop.certificate.reinstated",
  /** past its end date (the clock) or recorded as lapsed: → expired */
  expired: "ocop.certificate.expired",
  /** withdrawn on an Art. 8 ground: → revoked */
  revoked: "ocop.certificate.revoked",
  /** replaced by a new evaluation, named after the star ratings or the correction */
  renewed: "ocop.certificate.renewed",
  upgraded: "ocop.certificate.upgraded",
  downgraded: "ocop.certificate.downgraded",
  corrected: "ocop.certificate.corrected",
  /** replaced without a stated reason (kept so that every transition has a name) */
  superseded: "ocop.certificate.superseded",
} as const

export type CertificateEventName = (typeof CERTIFICATE_EVENTS)[keyof typeof CERTIFICATE_EVENTS]

const LIVE_AFTER_HOLD = ["valid", "reevaluation_pending", "extended"]

/** The named event of one certificate change; `from` is null when the certificate is new. */
export function certificateFactEvent(change: { from: string | null; to: string; superseded_reason?: string | null }): CertificateEventName {
  const { from, to } = change
  if (from === null) return CERTIFICATE_EVENTS.recorded
  if (from === "suspended" && LIVE_AFTER_HOLD.includes(to)) return CERTIFICATE_EVENTS.reinstated
  switch (to) {
    case "valid":
      return CERTIFICATE_EVENTS.approved
    case "rejected":
      return CERTIFICATE_EVENTS.rejected
    case "reevaluation_pending":
      return CERTIFICATE_EVENTS.reevaluation_requested
    case "extended":
      return CERTIFICATE_EVENTS.extended
    case "suspended":
      return CERTIFICATE_EVENTS.suspended
    case "expired":
      return CERTIFICATE_EVENTS.expired
    case "revoked":
      return CERTIFICATE_EVENTS.revoked
    case "superseded":
      return isSupersedeReason(change.superseded_reason) ? CERTIFICATE_EVENTS[change.superseded_reason] : CERTIFICATE_EVENTS.superseded
  }
  throw new Error(`No certificate event for the change ${from} → ${to}`)
}
