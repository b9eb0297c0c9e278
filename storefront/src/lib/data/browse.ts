import { getSdk, REVALIDATE_SECONDS } from "@/lib/config"
import { type ListingFilters, listingBackendQuery } from "@/lib/browse"
import { LISTING_TAG, type SearchResponse } from "@ocop/contract"

/**
 * One page of a browse listing (home sections, sector, product set, province, producer) from
 * GET /store/ocop/search: the backend filters, sorts and pages (limit/offset), and answers only
 * listable products. Tagged `listing`, so a delisting drops every cached listing at once.
 */
export async function browseProducts(
  filters: ListingFilters,
  { page = 1, per, sort, offsetShift = 0 }: { page?: number; per: number; sort: string; offsetShift?: number }
): Promise<SearchResponse> {
  return getSdk().client.fetch<SearchResponse>("/store/ocop/search", {
    method: "GET",
    query: listingBackendQuery(filters, { page, per, sort }, offsetShift),
    next: { tags: [LISTING_TAG], revalidate: REVALIDATE_SECONDS },
  })
}

/** How many listable products match (and the facets of that set), without the products. */
export async function countProducts(filters: ListingFilters): Promise<SearchResponse> {
  return browseProducts(filters, { per: 1, sort: "stars" })
}
