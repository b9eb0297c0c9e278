import { NextResponse, type NextRequest } from "next/server"
import { searchSuggestions } from "@/lib/data/search"
import { shouldSuggest } from "@/lib/search-suggest"

/**
 * Suggestions for the header search box, fetched by the browser as the shopper types. A
 * same-origin proxy: the publishable key and the backend address stay on the server.
 * GET /{locale}/search/suggestions?q=nuoc+m → { suggestions: [{ handle, title, stars, thumbnail }] }
 */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? ""
  if (!shouldSuggest(q)) return NextResponse.json({ suggestions: [] })
  try {
    const suggestions = await searchSuggestions(q)
    return NextResponse.json({ suggestions }, { headers: { "Cache-Control": "private, max-age=30" } })
  } catch (error) {
    console.error("search suggestions failed", error)
    // the box just shows no suggestions; the search form still works
    return NextResponse.json({ suggestions: [] }, { status: 502 })
  }
}
