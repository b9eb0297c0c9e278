import type { PublicCertificate } from "@ocop/contract"
import {
  effectiveStatus,
  isCertifiedStars,
  isListable,
  issuerLevelForStars,
  type CertificateStatus,
  type CertifiedStars,
} from "@ocop/domain"

export type StoredCertificate = {
  id: string
  verification_code: string
  decision_number: string
  issuer: string
  stars: number
  score: number | null
  product_set: number
  issued_at: string
  valid_until: string
  extension_until: string | null
  status: string
  revocation_ground: string | null
  superseded_reason: string | null
  superseded_by_id?: string | null
  document_url?: string | null
}

/** What the public may see of a certificate, with its state at `now` computed by the shared rule. */
export function toPublicCertificate(cert: StoredCertificate, now: Date): PublicCertificate {
  return {
    id: cert.id,
    verification_code: cert.verification_code,
    decision_number: cert.decision_number,
    issuer: cert.issuer,
    /** who issues these stars today (province for 3★/4★, ministry for 5★): follows the stars, not the issuer text */
    issuer_level: isCertifiedStars(cert.stars) ? issuerLevelForStars(cert.stars) : null,
    // a stored certificate's stars and status were checked when it was written (module model enums)
    stars: cert.stars as CertifiedStars,
    score: cert.score,
    product_set: cert.product_set,
    issued_at: cert.issued_at,
    valid_until: cert.valid_until,
    extension_until: cert.extension_until,
    status: cert.status as CertificateStatus,
    effective_status: effectiveStatus(cert, now),
    listable: isListable(cert, now),
    revocation_ground: cert.revocation_ground,
    superseded_reason: cert.superseded_reason,
  }
}

export type { PublicCertificate }
