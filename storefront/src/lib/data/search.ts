import { getSdk, REVALIDATE_SECONDS } from "@/lib/config"
import { backendQuery, MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE, type SearchState } from "@/lib/search-params"
import { LISTING_TAG, type SearchResponse, type SearchSuggestion, type SearchSuggestionsResponse } from "@ocop/contract"

/** A search either answers, or the backend refused the parameters with a readable message. */
export type SearchOutcome = { ok: true; result: SearchResponse } | { ok: false; status: 400; message: string }

function httpStatus(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status?: unknown }).status
    return typeof status === "number" ? status : undefined
  }
  return undefined
}

/**
 * One page of search results with facets, filtered, sorted and paginated by the backend.
 * Results are listing surfaces: tagged `listing`, so a delisting drops them from the cache.
 * A 400 (bad parameters in a hand-written URL) comes back as a message for the page to show;
 * anything else is thrown to the error boundary.
 */
export async function searchProducts(state: SearchState, limit = SEARCH_PAGE_SIZE): Promise<SearchOutcome> {
  try {
    const result = await getSdk().client.fetch<SearchResponse>("/store/ocop/search", {
      method: "GET",
      query: backendQuery(state, limit),
      next: { tags: [LISTING_TAG], revalidate: REVALIDATE_SECONDS },
    })
    return { ok: true, result }
  } catch (error) {
    if (httpStatus(error) === 400) {
      const message = error instanceof Error && error.message ? error.message : "Invalid request"
      return { ok: false, status: 400, message }
    }
    throw error
  }
}

/** At most 6 products whose titles start like what was typed ("nuoc m" → "Nước mắm …"). */
export async function searchSuggestions(q: string): Promise<SearchSuggestion[]> {
  const query = q.replace(/\s+/g, " ").trimStart().slice(0, MAX_QUERY_LENGTH)
  if (!query.trim()) return []
  const { suggestions } = await getSdk().client.fetch<SearchSuggestionsResponse>("/store/ocop/search/suggestions", {
    method: "GET",
    query: { q: query },
    next: { tags: [LISTING_TAG], revalidate: REVALIDATE_SECONDS },
  })
  return suggestions ?? []
}
