/**
 * The state the OCOP programme's figures count a certificate in on a day (dashboard, reports). It is
 * the listing rule's `effectiveStatus`, with one addition the figures need: a platform hold
 * (suspension) does not outlive the certificate — past its end date a suspended certificate is out
 * of force, like any other. The dashboard's SQL classifies certificates the same way, with the
 * windows below bound as parameters; an integration test compares the two over the demo dataset.
 */
import type { EffectiveCertificateStatus } from "./certificate-state.js";
import { effectiveStatus, type CertificateLike } from "./listing.js";
import { certificateEndDate, vietnamDate } from "./validity.js";

/** States in which a certificate counts as "in force" in the programme's figures. */
export const IN_FORCE_STATES = ["valid", "expiring_soon", "reevaluation_pending", "extended", "suspended"] as const;
export type InForceState = (typeof IN_FORCE_STATES)[number];

export function programmeStateOn(cert: CertificateLike, now: Date): EffectiveCertificateStatus {
  const state = effectiveStatus(cert, now);
  if (state === "suspended" && vietnamDate(now) > certificateEndDate(cert)) return "expired";
  return state;
}

/** True when the certificate counts as in force on the day of `now`. */
export function isInForceOn(cert: CertificateLike, now: Date): boolean {
  return (IN_FORCE_STATES as readonly string[]).includes(programmeStateOn(cert, now));
}
