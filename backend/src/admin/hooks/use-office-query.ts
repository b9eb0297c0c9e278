import { useSearchParams } from "react-router-dom"
import { FILTER_KEYS, PAGE_SIZE, TAB_QUERY, isOfficeTab, type FilterKey, type OfficeTab } from "../lib/office-tabs"

/** The office page's state lives in the URL (?tab=&province_code=&…&page=), so views can be shared. */
export function useOfficeQuery() {
  const [params, setParams] = useSearchParams()
  const tabParam = params.get("tab")
  const tab: OfficeTab = isOfficeTab(tabParam) ? tabParam : "review"
  const page = Math.max(0, Number(params.get("page") ?? 0) || 0)
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ""])) as Record<FilterKey, string>

  const update = (changes: Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v)
          else next.delete(k)
        }
        return next
      },
      { replace: true }
    )

  return {
    tab,
    page,
    filters,
    apiQuery: { ...TAB_QUERY[tab], ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
    setTab: (t: OfficeTab) => update({ tab: t, page: "" }),
    setPage: (p: number) => update({ page: p > 0 ? String(p) : "" }),
    setFilter: (k: FilterKey, v: string) => update({ [k]: v, page: "" }),
    clearFilters: () => update({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, ""])), page: "" }),
  }
}
