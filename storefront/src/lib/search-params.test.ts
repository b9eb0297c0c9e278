import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  activeFilters,
  backendQuery,
  EMPTY_SEARCH,
  mergeFormFields,
  pageWindow,
  parseSearchParams,
  searchQuery,
  searchQueryString,
  toggleFilter,
  totalPages,
  withChanges,
  withoutFilter,
  withoutFilters,
} from "./search-params"

describe("parseSearchParams", () => {
  it("reads words, filters, sort and page from the URL", () => {
    const state = parseSearchParams({
      q: "  nuoc   mam ",
      stars: "4",
      province: "42,44",
      sector: "I",
      product_set: "9",
      producer_type: "HTX,DN_NVV",
      gi: "true",
      price_min: "50000",
      sort: "price_asc",
      page: "3",
    })
    assert.equal(state.q, "nuoc mam")
    assert.equal(state.stars, "4")
    assert.deepEqual(state.province, ["42", "44"])
    assert.deepEqual(state.sector, ["I"])
    assert.deepEqual(state.product_set, ["9"])
    assert.deepEqual(state.producer_type, ["HTX", "DN_NVV"])
    assert.equal(state.gi, "true")
    assert.equal(state.price_min, "50000")
    assert.equal(state.price_max, null)
    assert.equal(state.sort, "price_asc")
    assert.equal(state.page, 3)
  })

  it("accepts repeated parameters, as a form without JavaScript sends them, and drops duplicates", () => {
    const state = parseSearchParams(new URLSearchParams("province=42&province=44&province=42&q=cu+do"))
    assert.deepEqual(state.province, ["42", "44"])
    assert.equal(state.q, "cu do")
  })

  it("ignores the empty fields of a submitted form", () => {
    const state = parseSearchParams(new URLSearchParams("q=&price_min=&price_max=&stars=&sort="))
    assert.deepEqual(state, EMPTY_SEARCH)
  })

  it("treats an unreadable page as the first page", () => {
    assert.equal(parseSearchParams({ page: "abc" }).page, 1)
    assert.equal(parseSearchParams({ page: "0" }).page, 1)
    assert.equal(parseSearchParams({ page: "-2" }).page, 1)
    assert.equal(parseSearchParams({ page: "99999999" }).page, 1)
  })

  it("passes values it does not understand on to the backend, which explains what is wrong", () => {
    assert.equal(parseSearchParams({ stars: "7" }).stars, "7")
    assert.equal(parseSearchParams({ sort: "cheapest" }).sort, "cheapest")
  })
})

describe("searchQuery", () => {
  it("writes one canonical URL: defaults left out, lists comma-separated, keys in a fixed order", () => {
    const a = parseSearchParams(new URLSearchParams("page=2&province=42&province=44&q=cu+do&sort=relevance&stars=4"))
    const b = parseSearchParams({ stars: "4", q: "cu do", province: "42,44", page: "2" })
    assert.equal(searchQueryString(a), "?q=cu+do&stars=4&province=42%2C44&page=2")
    assert.equal(searchQueryString(a), searchQueryString(b))
  })

  it("round-trips through the URL", () => {
    const state = parseSearchParams({ q: "nhung hươu", sector: "III", product_set: "18,19", gi: "true", page: "2" })
    assert.deepEqual(parseSearchParams(new URLSearchParams(searchQuery(state))), state)
  })

  it("is empty for the bare search page", () => {
    assert.equal(searchQueryString(EMPTY_SEARCH), "")
  })
})

describe("backendQuery", () => {
  it("turns the page into limit and offset and always names the sort", () => {
    const state = parseSearchParams({ q: "cu do", stars: "4", province: "42,44", page: "3" })
    assert.deepEqual(backendQuery(state, 24), {
      q: "cu do",
      stars: "4",
      province: "42,44",
      sort: "relevance",
      limit: "24",
      offset: "48",
    })
  })

  it("never sends the page parameter, which the backend does not know", () => {
    assert.equal("page" in backendQuery(parseSearchParams({ page: "2" })), false)
  })
})

describe("changing filters", () => {
  const base = parseSearchParams({ q: "mam", province: "42", page: "4" })

  it("adds and removes a value of a list filter and goes back to page 1", () => {
    const added = toggleFilter(base, "province", "44")
    assert.deepEqual(added.province, ["42", "44"])
    assert.equal(added.page, 1)
    assert.deepEqual(toggleFilter(added, "province", "42").province, ["44"])
  })

  it("sets a single filter, and clears it when the same value is chosen again", () => {
    const four = toggleFilter(base, "stars", "4")
    assert.equal(four.stars, "4")
    assert.equal(toggleFilter(four, "stars", "5").stars, "5")
    assert.equal(toggleFilter(four, "stars", "4").stars, null)
  })

  it("lists the active filters and drops one or all of them, keeping the words and the sort", () => {
    const state = parseSearchParams({ q: "mam", stars: "4", province: "42,44", gi: "true", sort: "newest" })
    assert.deepEqual(activeFilters(state), [
      { key: "stars", value: "4" },
      { key: "province", value: "42" },
      { key: "province", value: "44" },
      { key: "gi", value: "true" },
    ])
    assert.deepEqual(withoutFilter(state, { key: "province", value: "42" }).province, ["44"])
    assert.equal(withoutFilter(state, { key: "stars", value: "4" }).stars, null)
    const cleared = withoutFilters(state)
    assert.deepEqual(activeFilters(cleared), [])
    assert.equal(cleared.q, "mam")
    assert.equal(cleared.sort, "newest")
  })

  it("starts again at page 1 whenever what is shown changes", () => {
    assert.equal(withChanges(base, { sort: "stars" }).page, 1)
  })

  it("merges a submitted form into the query, dropping empty fields", () => {
    const state = parseSearchParams({ q: "mam", price_min: "10000", price_max: "90000", page: "2" })
    const merged = mergeFormFields(state, [
      ["price_min", "20000"],
      ["price_max", ""],
    ])
    assert.equal(merged.price_min, "20000")
    assert.equal(merged.price_max, null)
    assert.equal(merged.q, "mam")
    assert.equal(merged.page, 1)
    assert.equal(mergeFormFields(state, [["sort", "price_desc"]]).sort, "price_desc")
  })
})

describe("pagination", () => {
  it("counts pages of 24 results, at least one", () => {
    assert.equal(totalPages(0), 1)
    assert.equal(totalPages(24), 1)
    assert.equal(totalPages(25), 2)
  })

  it("shows the first, the last and the neighbours of the current page", () => {
    assert.deepEqual(pageWindow(1, 1), [1])
    assert.deepEqual(pageWindow(5, 10), [1, "gap", 4, 5, 6, "gap", 10])
    assert.deepEqual(pageWindow(2, 3), [1, 2, 3])
  })
})
