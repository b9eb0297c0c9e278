import type { PublicCertificate } from "../../lib/public-certificate"

/** Shapes returned by the backend's /admin/ocop routes. */
export type CertificateEvent = {
  id: string
  from_status: string | null
  to_status: string
  actor_type: string | null
  actor_id: string | null
  reason: string | null
  document_url: string | null
  occurred_at: string
}

/** The backend's public certificate view (one definition, shared by type only) plus its document. */
export type Certificate = PublicCertificate & { document_url: string | null }

export type ProductCertificate = Certificate & {
  allowed_transitions: string[]
  events: CertificateEvent[]
}

export type Producer = {
  id: string
  name: string
  type: string
  province_code: string | null
}

export type ProductCertificatesResponse = {
  product: { id: string; title: string; status: string }
  producer: Producer | null
  live_certificate_id: string | null
  certificates: ProductCertificate[]
}

export type ListedCertificate = Certificate & {
  product: { id: string; title: string; handle: string; status: string } | null
  producer: Producer | null
}

export type CertificateListResponse = {
  certificates: ListedCertificate[]
  count: number
  limit: number
  offset: number
}

export type TransitionBody = {
  to: string
  reason?: string
  revocation_ground?: string
  extension_until?: string
  document_url?: string
}

export type RecordCertificateBody = {
  product_id: string
  decision_number: string
  issuer: string
  stars: number
  score?: number
  product_set: number
  issued_at: string
  valid_until?: string
  status?: "valid" | "pending_review"
  document_url?: string
  supersedes?: { certificate_id: string; reason: string }
}
