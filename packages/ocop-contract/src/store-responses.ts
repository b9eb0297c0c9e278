/**
 * Shapes of the OCOP store API (backend `src/api/store/ocop/…`): what the backend answers and the
 * storefront reads. The backend annotates its answers with these types and the storefront's
 * fetches return them, so a change to the contract fails the type-check on the side that lags.
 */
import type { CertificateStatus, CertifiedStars, EffectiveCertificateStatus } from "@ocop/domain"

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string

/** Who issues a certificate of these stars today: the province for 3★/4★, the ministry for 5★. */
export type IssuerLevel = "province" | "ministry"

/** What the public may see of a certificate, with its state at the time of the request. */
export type PublicCertificate = {
  id: string
  verification_code: string
  decision_number: string
  issuer: string
  /** follows the stars, not the issuer text (@ocop/domain issuerLevelForStars) */
  issuer_level: IssuerLevel | null
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

/** A producer's public identity (no contact person, no approval state). */
export type PublicProducer = {
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

export type StoreVariant = {
  id: string
  title: string
  sku: string | null
  calculated_price: CalculatedPrice | null
}

/** A listable product with its live certificate and rating history (GET /store/ocop/products…). */
export type StoreProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images: { id: string; url: string }[]
  variants: StoreVariant[]
  /** The live certificate. */
  certificate: PublicCertificate | null
  /** The office's certificates of the product (not submissions under review or rejected), newest first. */
  rating_history: PublicCertificate[]
  producer: PublicProducer | null
}

/** GET /store/ocop/products */
export type StoreProductListResponse = {
  products: StoreProduct[]
  count: number
  limit: number
  offset: number
}

/** GET /store/ocop/products/:handle */
export type StoreProductResponse = {
  product: StoreProduct
}

/** A certificate the OCOP office decided, with what it certifies (GET /store/ocop/verify/:code). */
export type VerifiedCertificate = PublicCertificate & {
  /** the OCOP office decided this certificate (not a submission under review or a rejected one) */
  recognised: true
  /** on_sale: the product can be bought on OCOP Market now (certificate in force and producer approved) */
  product: { id: string; title: string; handle: string; thumbnail: string | null; on_sale?: boolean } | null
  producer: PublicProducer | null
  /** Verification code of the product's live certificate, when it is another one. */
  current_certificate_code: string | null
}

/** A code the OCOP office never recognised (a submission under review, a rejected one): nothing is vouched for. */
export type UnrecognisedCertificate = {
  verification_code: string
  recognised: false
  status: "pending_review" | "rejected"
  listable: false
}

/** GET /store/ocop/verify/:code */
export type VerifyCertificateResponse = {
  certificate: VerifiedCertificate | UnrecognisedCertificate
}

/** GET /store/ocop/producers/:handle: the producer's legal identity and story, with labels. */
export type StoreProducer = PublicProducer & {
  type_label: { vi: string; en: string } | null
  province_name: string | null
}

export type StoreProducerResponse = {
  producer: StoreProducer
}

// ---------------------------------------------------------------- search

/** One product of GET /store/ocop/search. */
export type SearchHit = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  stars: CertifiedStars
  /** Integer đồng, the cheapest and dearest variant. */
  price_min: number
  price_max: number
  producer: { id: string; name: string; handle: string; type: string }
  province_code: string
  province_name: string
  commune: string | null
  sector_code: string
  product_set: number
  certificate: { verification_code: string; status: string; valid_until: string }
  geographical_indication: string | null
  created_at: string
}

export type FacetValue = { value: string; count: number }

export type SearchFacets = {
  stars: FacetValue[]
  province_code: FacetValue[]
  sector_code: FacetValue[]
  product_set: FacetValue[]
  producer_type: FacetValue[]
  has_geographical_indication: FacetValue[]
  price: { min: number; max: number } | null
}

/** GET /store/ocop/search: one page of hits, filtered, sorted and paginated by the backend, with facets. */
export type SearchResponse = {
  hits: SearchHit[]
  count: number
  limit: number
  offset: number
  query: string | null
  facets: SearchFacets
}

export type SearchSuggestion = {
  handle: string
  title: string
  stars: CertifiedStars
  thumbnail: string | null
}

/** GET /store/ocop/search/suggestions */
export type SearchSuggestionsResponse = { suggestions: SearchSuggestion[] }

// ---------------------------------------------------------------- sitemap

export type SitemapKind = "products" | "producers"

export type SitemapItem = { handle: string; updated_at?: string | null }

/** GET /store/ocop/sitemap: one page of listable products, or producers with one, by handle. */
export type SitemapPage = { kind: SitemapKind; count: number; offset: number; limit: number; items: SitemapItem[] }

// ---------------------------------------------------------------- orders

/** The header that opens a guest's order: the signed token below, or a signed link's. */
export const ORDER_TOKEN_HEADER = "x-ocop-order-token"

/** A guest's key to the order just placed, added to the answer of POST /store/carts/:id/complete. */
export type OrderAccess = { token: string; expires_at: string }
