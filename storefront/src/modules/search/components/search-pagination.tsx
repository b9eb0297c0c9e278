import { searchQuery, type SearchState } from "@/lib/search-params"
import { PageLinks } from "@/modules/products/components/pagination"

type Props = {
  state: SearchState
  totalPages: number
}

/** The results' pages: the same search with another page number in the URL. */
export default function SearchPagination({ state, totalPages }: Props) {
  return (
    <PageLinks
      page={state.page}
      totalPages={totalPages}
      href={(p) => ({ pathname: "/search", query: searchQuery({ ...state, page: p }) })}
      testId="search-pagination"
    />
  )
}
