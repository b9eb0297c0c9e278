/**
 * The search page's state lives in its URL: `/vi/search?q=cu+do&stars=4&province=42,44&page=2`.
 * These pure functions read that URL, write it back in one canonical form (so a link can be
 * shared and the back button restores exactly what was shown) and turn it into the backend's
 * query. Values are passed on as written: the backend validates them and answers a readable 400,
 * which the page shows instead of guessing.
 */

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "stars", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]
export const DEFAULT_SORT: SearchSort = "relevance"

/** Results per page (the backend allows 1..48). */
export const SEARCH_PAGE_SIZE = 24

/** Longest query the backend accepts. */
export const MAX_QUERY_LENGTH = 200

/** Multi-value filters, comma-separated in the URL ("province=42,44"). */
export const LIST_FILTERS = ["province", "sector", "product_set", "producer_type"] as const
export type ListFilter = (typeof LIST_FILTERS)[number]

/** Single-value filters. */
export const SINGLE_FILTERS = ["stars", "commune", "producer", "price_min", "price_max", "gi"] as const
export type SingleFilter = (typeof SINGLE_FILTERS)[number]

export type FilterKey = ListFilter | SingleFilter

export type SearchState = {
  q: string
  stars: string | null
  province: string[]
  sector: string[]
  product_set: string[]
  producer_type: string[]
  commune: string | null
  producer: string | null
  price_min: string | null
  price_max: string | null
  /** Only products with a geographical indication ("gi=true"). */
  gi: string | null
  sort: string
  page: number
}

export type RawSearchParams = Record<string, string | string[] | undefined>

export const EMPTY_SEARCH: SearchState = {
  q: "",
  stars: null,
  province: [],
  sector: [],
  product_set: [],
  producer_type: [],
  commune: null,
  producer: null,
  price_min: null,
  price_max: null,
  gi: null,
  sort: DEFAULT_SORT,
  page: 1,
}

function values(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return []
  return Array.isArray(raw) ? raw : [raw]
}

/** First non-empty value, trimmed; a form without JavaScript sends empty fields too. */
function single(raw: string | string[] | undefined): string | null {
  for (const value of values(raw)) {
    const trimmed = value.trim()
    if (trimmed) return trimmed
  }
  return null
}

/** "42,44" and "province=42&province=44" both → ["42", "44"], without duplicates. */
function list(raw: string | string[] | undefined): string[] {
  const out: string[] = []
  for (const value of values(raw)) {
    for (const part of value.split(",")) {
      const trimmed = part.trim()
      if (trimmed && !out.includes(trimmed)) out.push(trimmed)
    }
  }
  return out
}

/** Page numbers are 1-based; anything unreadable is the first page. */
function pageNumber(raw: string | string[] | undefined): number {
  const value = single(raw)
  if (!value || !/^\d{1,4}$/.test(value)) return 1
  return Math.max(1, Number(value))
}

/** The search state written in a URL's query (Next's `searchParams` or URLSearchParams). */
export function parseSearchParams(raw: RawSearchParams | URLSearchParams): SearchState {
  const params: RawSearchParams =
    raw instanceof URLSearchParams ? Object.fromEntries([...new Set(raw.keys())].map((key) => [key, raw.getAll(key)])) : raw
  const q = values(params.q)
    .map((v) => v.replace(/\s+/g, " ").trim())
    .find(Boolean)
  return {
    q: q ?? "",
    stars: single(params.stars),
    province: list(params.province),
    sector: list(params.sector),
    product_set: list(params.product_set),
    producer_type: list(params.producer_type),
    commune: single(params.commune),
    producer: single(params.producer),
    price_min: single(params.price_min),
    price_max: single(params.price_max),
    gi: single(params.gi),
    sort: single(params.sort) ?? DEFAULT_SORT,
    page: pageNumber(params.page),
  }
}

/**
 * The canonical URL query of a state: only what differs from the defaults, lists
 * comma-separated, keys always in the same order (one URL per result page).
 */
export function searchQuery(state: SearchState): Record<string, string> {
  const out: Record<string, string> = {}
  if (state.q) out.q = state.q
  if (state.stars) out.stars = state.stars
  for (const key of ["province", "commune", "sector", "product_set", "producer", "producer_type"] as const) {
    const value = state[key]
    if (Array.isArray(value) ? value.length > 0 : value) out[key] = Array.isArray(value) ? value.join(",") : value!
  }
  if (state.price_min) out.price_min = state.price_min
  if (state.price_max) out.price_max = state.price_max
  if (state.gi) out.gi = state.gi
  if (state.sort && state.sort !== DEFAULT_SORT) out.sort = state.sort
  if (state.page > 1) out.page = String(state.page)
  return out
}

/** `?q=cu+do&stars=4` (empty string for the bare search page). */
export function searchQueryString(state: SearchState): string {
  const query = new URLSearchParams(searchQuery(state)).toString()
  return query ? `?${query}` : ""
}

/** The backend's query for a state: filters as they are, the page as limit/offset. */
export function backendQuery(state: SearchState, limit = SEARCH_PAGE_SIZE): Record<string, string> {
  return {
    ...searchQuery({ ...state, page: 1 }),
    sort: state.sort || DEFAULT_SORT,
    limit: String(limit),
    offset: String((state.page - 1) * limit),
  }
}

/** A new state with some fields changed; any change of what is shown starts again at page 1. */
export function withChanges(state: SearchState, changes: Partial<Omit<SearchState, "page">>): SearchState {
  return { ...state, ...changes, page: 1 }
}

export function isSelected(state: SearchState, key: FilterKey, value: string): boolean {
  const current = state[key]
  return Array.isArray(current) ? current.includes(value) : current === value
}

/**
 * Select or unselect one filter value: list filters add/remove the value, single filters
 * set it or, when it is already the selected one, clear it.
 */
export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state[key]
  if (Array.isArray(current)) {
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
    return withChanges(state, { [key]: next })
  }
  return withChanges(state, { [key]: current === value ? null : value })
}

/** One selected filter value, as shown in the "active filters" chips. */
export type ActiveFilter = { key: FilterKey; value: string }

export function activeFilters(state: SearchState): ActiveFilter[] {
  const out: ActiveFilter[] = []
  if (state.stars) out.push({ key: "stars", value: state.stars })
  for (const key of LIST_FILTERS) for (const value of state[key]) out.push({ key, value })
  for (const key of ["commune", "producer", "price_min", "price_max", "gi"] as const) {
    const value = state[key]
    if (value) out.push({ key, value })
  }
  return out
}

/** Drop one active filter value. */
export function withoutFilter(state: SearchState, { key, value }: ActiveFilter): SearchState {
  const current = state[key]
  if (Array.isArray(current)) return withChanges(state, { [key]: current.filter((v) => v !== value) })
  return withChanges(state, { [key]: null })
}

/** Keep the words and the sort, drop every filter. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...EMPTY_SEARCH, q: state.q, sort: state.sort }
}

export function totalPages(count: number, limit = SEARCH_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / limit))
}

/** Page numbers to show: first, last, and the current page with its neighbours; gaps between. */
export function pageWindow(page: number, total: number): (number | "gap")[] {
  const pages = new Set([1, total, page - 1, page, page + 1])
  const sorted = [...pages].filter((p) => p >= 1 && p <= total).sort((a, b) => a - b)
  const out: (number | "gap")[] = []
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push("gap")
    out.push(p)
  })
  return out
}

/**
 * A form's fields merged into the current query: empty fields are dropped, the named fields
 * replace what the query had, and the page starts again at 1. Used by the sort and price forms
 * when JavaScript is on (without it the browser submits the same fields itself).
 */
export function mergeFormFields(state: SearchState, fields: Iterable<[string, string]>): SearchState {
  const params = new URLSearchParams(searchQuery({ ...state, page: 1 }))
  const seen = new Set<string>()
  for (const [key, value] of fields) {
    if (!seen.has(key)) {
      params.delete(key)
      seen.add(key)
    }
    if (value.trim()) params.append(key, value)
  }
  return { ...parseSearchParams(params), page: 1 }
}

/**
 * Searches offered when nothing was found: what shoppers look for most (the query is the
 * Vietnamese words; the label comes from the messages under `search.popular.<key>`).
 */
export const POPULAR_SEARCHES = [
  { key: "nuocMam", q: "nước mắm" },
  { key: "cuDo", q: "cu đơ" },
  { key: "buoiPhucTrach", q: "bưởi Phúc Trạch" },
  { key: "nhungHuou", q: "nhung hươu" },
] as const
