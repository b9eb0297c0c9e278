/**
 * Browse pages (home sections, sector / product-set, province and producer listings): their URL
 * parameters, the backend query of a listing and the stock state shown on a product. Pure
 * functions: the pages read the URL with these, `lib/data/browse.ts` asks the backend.
 */
import { isProvinceCode, isSectorCode, productSet, type ProductSet, type Sector, sector as sectorOf, type SectorCode } from "@ocop/domain"

/** Products per listing page (the backend allows 1..48 per request). */
export const LISTING_PAGE_SIZE = 24
export const MAX_PAGE_SIZE = 48

/** Orders a listing offers; the backend sorts and pages, never the storefront. */
export const LISTING_SORTS = ["newest", "stars", "price_asc", "price_desc"] as const
export type ListingSort = (typeof LISTING_SORTS)[number]
/**
 * Newest certificates first by default: the backend breaks its ties by id, so consecutive pages
 * never overlap or skip. (Its "stars" order ties on the certification date only, which can
 * shuffle equal products between two page requests.)
 */
export const DEFAULT_LISTING_SORT: ListingSort = "newest"

/** What a listing shows: the backend's filters (GET /store/ocop/search), never a text query. */
export type ListingFilters = {
  stars?: 3 | 4 | 5
  province?: string
  sector?: SectorCode
  productSet?: number
  producer?: string
  q?: string
}

export type ListingParams = {
  page: number
  sort: ListingSort
  /** Page size: LISTING_PAGE_SIZE unless the URL asks for another one (`?per=`). */
  per: number
}

type Raw = string | string[] | undefined

function first(raw: Raw): string | undefined {
  return Array.isArray(raw) ? raw[0] : raw
}

/**
 * `?page=` as a 1-based page number; null when it is not one (the page answers 404 rather
 * than guessing). A missing parameter is page 1.
 */
export function parsePage(raw: Raw): number | null {
  const value = first(raw)
  if (value === undefined) return 1
  if (!/^\d{1,4}$/.test(value)) return null
  const page = Number(value)
  return page >= 1 ? page : null
}

/** `?sort=`: one of LISTING_SORTS, the default otherwise. */
export function parseSort(raw: Raw): ListingSort {
  const value = first(raw)
  return (LISTING_SORTS as readonly string[]).includes(value ?? "") ? (value as ListingSort) : DEFAULT_LISTING_SORT
}

/** `?per=`: a page size from 1 to 48; the default for anything else. */
export function parsePer(raw: Raw): number {
  const value = first(raw)
  if (!value || !/^\d{1,2}$/.test(value)) return LISTING_PAGE_SIZE
  const per = Number(value)
  return per >= 1 && per <= MAX_PAGE_SIZE ? per : LISTING_PAGE_SIZE
}

/** The listing parameters of a URL, or null when the page number is not a page number. */
export function parseListingParams(searchParams: Record<string, Raw>): ListingParams | null {
  const page = parsePage(searchParams.page)
  if (page === null) return null
  return { page, sort: parseSort(searchParams.sort), per: parsePer(searchParams.per) }
}

/**
 * The query that keeps a listing's state in its links (pagination, sort): only what differs
 * from the defaults, so page 1 in the default order is the bare path.
 */
export function listingQuery(params: ListingParams, changes: Partial<ListingParams> = {}): Record<string, string> {
  const next = { ...params, ...changes }
  const out: Record<string, string> = {}
  if (next.sort !== DEFAULT_LISTING_SORT) out.sort = next.sort
  if (next.per !== LISTING_PAGE_SIZE) out.per = String(next.per)
  if (next.page > 1) out.page = String(next.page)
  return out
}

/** True when the URL only re-orders or re-sizes a listing: such pages are not for the index. */
export function isVariantListingUrl(params: ListingParams): boolean {
  return params.sort !== DEFAULT_LISTING_SORT || params.per !== LISTING_PAGE_SIZE
}

/** GET /store/ocop/search parameters of one listing page: filters, sort, limit/offset. */
export function listingBackendQuery(
  filters: ListingFilters,
  { page, sort, per }: Pick<ListingParams, "page" | "per"> & { sort: string },
  offsetShift = 0
): Record<string, string> {
  const query: Record<string, string> = {
    sort,
    limit: String(Math.min(Math.max(per, 1), MAX_PAGE_SIZE)),
    offset: String((page - 1) * per + offsetShift),
  }
  if (filters.q) query.q = filters.q
  if (filters.stars) query.stars = String(filters.stars)
  if (filters.province) query.province = filters.province
  if (filters.sector) query.sector = filters.sector
  if (filters.productSet) query.product_set = String(filters.productSet)
  if (filters.producer) query.producer = filters.producer
  return query
}

export function pageCount(count: number, per: number): number {
  return Math.max(1, Math.ceil(count / per))
}

/** Sector in a URL: its roman numeral, lower case ("/c/i"), upper case accepted. */
export function sectorSlug(code: SectorCode): string {
  return code.toLowerCase()
}

export function sectorFromParam(raw: string): Sector | null {
  const code = decodeURIComponent(raw).toUpperCase()
  return isSectorCode(code) ? (sectorOf(code) ?? null) : null
}

/** A product set in a sector's URL ("/c/i/9"); null unless it is a set of that sector. */
export function productSetFromParam(sectorCode: SectorCode, raw: string): ProductSet | null {
  if (!/^\d{1,2}$/.test(raw)) return null
  const set = productSet(Number(raw))
  return set && set.sector === sectorCode ? set : null
}

export function provinceFromParam(raw: string): string | null {
  return isProvinceCode(raw) ? raw : null
}

/** Paths of the browse pages, without the locale prefix (next-intl's Link adds it). */
export const browsePaths = {
  home: () => "/",
  products: () => "/products",
  categories: () => "/c",
  sector: (code: SectorCode) => `/c/${sectorSlug(code)}`,
  productSet: (set: Pick<ProductSet, "code" | "sector">) => `/c/${sectorSlug(set.sector)}/${set.code}`,
  provinces: () => "/provinces",
  province: (code: string) => `/provinces/${code}`,
  producer: (handle: string) => `/producers/${encodeURIComponent(handle)}`,
  product: (handle: string) => `/products/${encodeURIComponent(handle)}`,
  verify: (code: string) => `/verify/${encodeURIComponent(code)}`,
}

/** Stock of one variant as Medusa's store API reports it (fields=+variants.inventory_quantity). */
export type VariantStock = {
  id: string
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  inventory_quantity: number | null
}

export type StockState = "in_stock" | "low_stock" | "out_of_stock"

/** At most this many units left reads "only a few left". */
export const LOW_STOCK_THRESHOLD = 5

/** One variant: unmanaged or backorderable stock is always in stock. */
export function variantStockState(v: VariantStock): StockState {
  if (v.manage_inventory === false || v.allow_backorder) return "in_stock"
  const qty = v.inventory_quantity ?? 0
  if (qty <= 0) return "out_of_stock"
  return qty <= LOW_STOCK_THRESHOLD ? "low_stock" : "in_stock"
}

/**
 * The product: in stock when any variant is comfortably stocked, a few left when only low
 * variants remain, out of stock when none can be bought. Unknown (no stock answer) is null.
 */
export function productStockState(variants: VariantStock[] | null | undefined): StockState | null {
  if (!variants || variants.length === 0) return null
  const states = variants.map(variantStockState)
  if (states.includes("in_stock")) return "in_stock"
  if (states.includes("low_stock")) return "low_stock"
  return "out_of_stock"
}
