import type { EffectiveCertificateStatus } from "@ocop/domain"

/** Statuses shown in red on the verification page: the certificate no longer allows an OCOP sale. */
export const RED_STATUSES: readonly EffectiveCertificateStatus[] = ["expired", "revoked", "suspended", "rejected", "superseded"]

export type VerifyTone = "ok" | "bad" | "neutral"

/**
 * Colour of the verification verdict. Green only when the backend says the certificate is
 * listable now (its `listable` comes from @ocop/domain's isListable); red for a certificate
 * that stopped counting; neutral for one still under review (pending_review).
 */
export function verifyTone(certificate: { listable: boolean; effective_status: EffectiveCertificateStatus }): VerifyTone {
  if (certificate.listable) return "ok"
  return RED_STATUSES.includes(certificate.effective_status) ? "bad" : "neutral"
}
