import { useTranslations } from "next-intl"
import { SEARCH_SORTS, type SearchState } from "@/lib/search-params"
import QueryForm from "./query-form"

type Props = { state: SearchState }

/** Sort order of the results; changing it loads the new URL (with a button when JavaScript is off). */
export default function SortSelect({ state }: Props) {
  const t = useTranslations("search.sort")
  return (
    <QueryForm state={state} fields={["sort"]} submitOnChange testId="sort-form" className="flex items-center gap-2">
      <label htmlFor="search-sort" className="shrink-0 text-sm text-muted">
        {t("label")}
      </label>
      <select
        id="search-sort"
        name="sort"
        key={state.sort}
        defaultValue={state.sort}
        data-testid="sort-select"
        className="h-9 min-w-0 rounded-full bg-white py-0 pl-3 pr-8 text-sm font-medium text-ink ring-1 ring-line focus-visible:ring-2 focus-visible:ring-brand-600"
      >
        {SEARCH_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(sort)}
          </option>
        ))}
      </select>
      <noscript>
        <button
          type="submit"
          className="h-9 shrink-0 whitespace-nowrap rounded-full bg-brand-700 px-3 text-sm font-semibold text-white hover:bg-brand-800"
        >
          {t("apply")}
        </button>
      </noscript>
    </QueryForm>
  )
}
