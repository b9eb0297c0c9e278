/**
 * Shapes of the OCOP store API (backend `src/api/store/ocop/…`). Every fetch in
 * `lib/data/*` returns these types, so a contract change touches this file only.
 */
import type { CertificateStatus, CertifiedStars, EffectiveCertificateStatus } from "@ocop/domain"

export type { CertificateStatus, CertifiedStars, EffectiveCertificateStatus }

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string

export type PublicCertificate = {
  id: string
  verification_code: string
  decision_number: string
  issuer: string
  /** "province" for 3★/4★, "ministry" for 5★ (@ocop/domain issuerLevelForStars) */
  issuer_level?: "province" | "ministry" | null
  stars: CertifiedStars
  score: number | null
  /** Product set (bộ sản phẩm) 1..26, Decision 26/2026 numbering. */
  product_set: number
  issued_at: IsoDate
  valid_until: IsoDate
  extension_until: IsoDate | null
  /** Stored status. */
  status: CertificateStatus
  /** Status at the time of the request (adds `expiring_soon`, applies expiry). */
  effective_status: EffectiveCertificateStatus
  listable: boolean
  revocation_ground: string | null
  superseded_reason: string | null
}

export type Producer = {
  id: string
  /** URL key of the producer's page (/producers/<handle>). */
  handle: string
  name: string
  /** HTX | THT | DN_NVV | TRANG_TRAI | HO_SXKD | HOI_HIEP_HOI | TT_DIEU_HANH */
  type: string
  tax_code: string | null
  province_code: string
  commune: string | null
  address: string | null
  phone: string | null
  story: string | null
}

export type CalculatedPrice = {
  /** Integer đồng: VND has no minor unit. */
  calculated_amount: number
  currency_code: string
}

export type OcopVariant = {
  id: string
  title: string
  sku: string | null
  calculated_price: CalculatedPrice | null
}

export type OcopProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images: { id: string; url: string }[]
  variants: OcopVariant[]
  /** The live certificate. */
  certificate: PublicCertificate | null
  /** All certificates of the product, newest first. */
  rating_history: PublicCertificate[]
  producer: Producer | null
}

export type OcopProductListResponse = {
  products: OcopProduct[]
  count: number
  limit: number
  offset: number
}

export type OcopProductResponse = {
  product: OcopProduct
}

export type VerifiedCertificate = PublicCertificate & {
  /** the OCOP office decided this certificate (not a submission under review or a rejected one) */
  recognised: true
  /** on_sale: the product can be bought on OCOP Market now (certificate in force and producer approved) */
  product: { id: string; title: string; handle: string; thumbnail: string | null; on_sale?: boolean } | null
  producer: Producer | null
  /** Verification code of the product's live certificate, when it is another one. */
  current_certificate_code: string | null
}

/** GET /store/ocop/producers/:handle: the producer's legal identity and story, with labels. */
export type StoreProducer = Producer & {
  type_label: { vi: string; en: string } | null
  province_name: string | null
}

export type StoreProducerResponse = {
  producer: StoreProducer
}

/** A code the OCOP office never recognised (a submission under review, a rejected one): nothing is vouched for. */
export type UnrecognisedCertificate = {
  verification_code: string
  recognised: false
  status: "pending_review" | "rejected"
  listable: false
}

export type VerifyCertificateResponse = {
  certificate: VerifiedCertificate | UnrecognisedCertificate
}
