import type { PublicCertificate } from "../../lib/public-certificate"
import type { LocationStockRow } from "../../modules/retail/queries/counter-catalogue"

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

/** Shapes of /admin/ocop/sales-points and /admin/ocop/fairs (points of sale, fairs, booths). */
export type RetailSalesChannel = { id: string; name?: string; is_disabled: boolean }

export type SalesPoint = {
  id: string
  name: string
  location_category: string
  province_code: string
  commune: string | null
  address: string | null
  operator: string | null
  opening_hours: string | null
  stock_location: { id: string; name: string } | null
  sales_channel: RetailSalesChannel | null
}

export type RetailStaff = { id: string; email: string; name: string; status?: "invited" | "active" | "disabled" }

export type SalesPointDetail = SalesPoint & { staff: RetailStaff[] }

export type CreateSalesPointBody = {
  name: string
  location_category: string
  province_code: string
  commune?: string
  address?: string
  operator?: string
  opening_hours?: string
}

export type CreateSalesPointResponse = { sales_point: SalesPoint; publishable_key: string }

export type CreateStaffBody = { email: string; name: string }
/** A new staff member's one-time link to set their password (null when they already have a login). */
export type StaffInvitation = { url: string; expires_at: string }
export type CreateStaffResponse = { staff: RetailStaff; point_id: string; invite: StaffInvitation | null }

export type Booth = {
  id: string
  name: string
  operator: string | null
  fair_id: string
  stock_location: { id: string } | null
  sales_channel: RetailSalesChannel | null
}

export type Fair = {
  id: string
  name: string
  venue: string
  province_code: string
  starts_at: string
  ends_at: string
  booths: Booth[]
}

export type CreateFairBody = { name: string; venue: string; province_code: string; starts_at: string; ends_at: string }

export type CreateBoothBody = { name: string; operator?: string }

/** What a booth still holds after its fair, as GET /admin/ocop/fairs/:id/returns lists it. */
export type FairReturnItem = LocationStockRow

export type FairReturnsResponse = {
  fair: { id: string; name: string; starts_at: string; ends_at: string }
  closed: boolean
  open: boolean
  booths: { booth_id: string; name: string; stock_location_id: string | null; items: FairReturnItem[] }[]
}

/** Medusa's own GET /admin/api-keys (publishable keys carry their sales channels). */
export type PublishableKey = {
  id: string
  title: string
  token: string
  revoked_at: string | null
  sales_channels?: { id: string }[]
}
