/**
 * Shapes of the store search API (backend `src/api/store/ocop/search/`): GET /store/ocop/search
 * and GET /store/ocop/search/suggestions. Every search fetch returns these types.
 */
import type { CertifiedStars } from "@ocop/domain"

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

export type SearchSuggestionsResponse = { suggestions: SearchSuggestion[] }
