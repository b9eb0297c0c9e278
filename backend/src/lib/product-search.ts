import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamDate } from "@ocop/domain"
import type { StoreOcopSearchParamsType } from "../api/store/ocop/search/validators"
import { dateNumber, type ProductSearchDocument } from "../search/product-document"

type SearchFilters = Record<string, unknown>

/** Facets every results page shows, under the names the store API answers with. */
const VALUE_FACETS: Record<string, string> = {
  stars: "stars",
  province_code: "province_code",
  sector_code: "sector_code",
  product_set: "product_set",
  "producer.type": "producer_type",
  has_geographical_indication: "has_geographical_indication",
}

const ORDER_BY_SORT: Record<string, Record<string, "ASC" | "DESC"> | undefined> = {
  price_asc: { price_min: "ASC", id: "ASC" },
  price_desc: { price_max: "DESC", id: "ASC" },
  // id breaks ties so that equal products keep their place between page requests
  stars: { stars: "DESC", certified_at: "DESC", id: "ASC" },
  // newest = most recently certified: what "new OCOP products" means to a shopper
  newest: { certified_at: "DESC", id: "ASC" },
}

/**
 * Filters of a store search: the shopper's choices, the publishable key's sales channels, and the
 * listability rule at read time (a certificate that ended today-minus-one is gone before the clock
 * job deletes its document).
 */
export function storeSearchFilters(params: StoreOcopSearchParamsType, salesChannelIds: string[], now: Date): SearchFilters {
  const filters: SearchFilters = {
    sales_channel_ids: salesChannelIds,
    listable_until: { $gte: dateNumber(vietnamDate(now)) },
  }
  if (params.stars) filters.stars = { $gte: params.stars }
  if (params.province?.length) filters.province_code = params.province
  if (params.commune) filters.commune = params.commune
  if (params.sector?.length) filters.sector_code = params.sector
  if (params.product_set?.length) filters.product_set = params.product_set
  if (params.producer) filters["producer.handle"] = params.producer
  if (params.producer_type?.length) filters["producer.type"] = params.producer_type
  if (params.gi !== undefined) filters.has_geographical_indication = params.gi
  if (params.price_min !== undefined || params.price_max !== undefined) {
    filters.price_min = {
      ...(params.price_min !== undefined ? { $gte: params.price_min } : {}),
      ...(params.price_max !== undefined ? { $lte: params.price_max } : {}),
    }
  }
  return filters
}

/** Relevance with a query; without one, the best-rated and newest first. */
function orderOf(sort: StoreOcopSearchParamsType["sort"], hasQuery: boolean) {
  if (sort === "relevance") {
    return hasQuery ? undefined : ORDER_BY_SORT.stars
  }
  return ORDER_BY_SORT[sort]
}

export function toSearchHit(d: ProductSearchDocument) {
  return {
    id: d.id,
    handle: d.handle,
    title: d.title,
    subtitle: d.subtitle,
    thumbnail: d.thumbnail,
    stars: d.stars,
    price_min: d.price_min,
    price_max: d.price_max,
    producer: { id: d.producer.id, name: d.producer.name, handle: d.producer.handle, type: d.producer.type },
    province_code: d.province_code,
    province_name: d.province_name,
    commune: d.commune,
    sector_code: d.sector_code,
    product_set: d.product_set,
    certificate: {
      verification_code: d.verification_code,
      status: d.certificate_status,
      issued_at: d.issued_at,
      valid_until: d.valid_until,
    },
    geographical_indication: d.geographical_indication,
    created_at: d.created_at,
  }
}

function toFacets(facets: Record<string, any> | undefined) {
  const result: Record<string, unknown> = {}
  for (const [field, name] of Object.entries(VALUE_FACETS)) {
    const facet = facets?.[field]
    result[name] = facet?.type === "value" ? facet.values.map((v: any) => ({ value: String(v.value), count: v.count })) : []
  }
  const price = facets?.price_min
  result.price = price?.type === "stats" && price.count > 0 ? { min: price.min, max: price.max } : null
  return result
}

/** One page of the store's product search, with facet counts over the whole result set. */
export async function searchStoreProducts(
  container: MedusaContainer,
  params: StoreOcopSearchParamsType,
  salesChannelIds: string[],
  now = new Date()
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const q = params.q?.trim() || undefined
  const order = orderOf(params.sort, !!q)
  const { search_result } = await (query as any).search({
    entity: "product",
    filters: { ...(q ? { q } : {}), ...storeSearchFilters(params, salesChannelIds, now) },
    pagination: { skip: params.offset, take: params.limit, ...(order ? { order } : {}) },
    search_options: {
      match_strategy: "all",
      facets: [...Object.keys(VALUE_FACETS).map((field) => ({ field, limit: 50 })), { field: "price_min", type: "stats" }],
      // A chosen province still shows how many hits the other provinces would give.
      disjunctive_facets: true,
      count: "exact",
    },
  })
  return {
    // which engine answered (in-memory, Postgres fallback…): for the X-Search-Engine header, not the body
    engine: (search_result.provider_metadata?.engine as string | undefined) ?? null,
    hits: (search_result.hits as { document: ProductSearchDocument }[]).map((h) => toSearchHit(h.document)),
    count: search_result.metadata.count ?? 0,
    limit: params.limit,
    offset: params.offset,
    query: q ?? null,
    facets: toFacets(search_result.facets),
  }
}

/** Titles to offer while the shopper types: the best matches of what is typed so far. */
export async function suggestStoreProducts(container: MedusaContainer, q: string, salesChannelIds: string[], now = new Date()) {
  if (!q.trim()) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { search_result } = await (query as any).search({
    entity: "product",
    filters: {
      q: q.trim(),
      sales_channel_ids: salesChannelIds,
      listable_until: { $gte: dateNumber(vietnamDate(now)) },
    },
    pagination: { skip: 0, take: 6 },
    // what is typed so far must be in the product's name: a suggestion names a product
    search_options: { match_strategy: "all", count: "none", attributes_to_search_on: ["title"] },
  })
  return (search_result.hits as { document: ProductSearchDocument }[]).map(({ document: d }) => ({
    handle: d.handle,
    title: d.title,
    stars: d.stars,
    thumbnail: d.thumbnail,
  }))
}
