import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  browsePaths,
  isVariantListingUrl,
  LISTING_PAGE_SIZE,
  listingBackendQuery,
  listingQuery,
  pageCount,
  parseListingParams,
  parsePage,
  parsePer,
  parseSort,
  productSetFromParam,
  productStockState,
  provinceFromParam,
  sectorFromParam,
  variantStockState,
} from "./browse"

describe("listing URL parameters", () => {
  it("reads page numbers and refuses what is not one", () => {
    assert.equal(parsePage(undefined), 1)
    assert.equal(parsePage("3"), 3)
    assert.equal(parsePage(["2", "5"]), 2)
    assert.equal(parsePage("0"), null)
    assert.equal(parsePage("-1"), null)
    assert.equal(parsePage("2abc"), null)
    assert.equal(parsePage("99999"), null)
  })

  it("falls back to the default order and page size for unknown values", () => {
    assert.equal(parseSort(undefined), "newest")
    assert.equal(parseSort("price_asc"), "price_asc")
    assert.equal(parseSort("relevance"), "newest")
    assert.equal(parsePer(undefined), LISTING_PAGE_SIZE)
    assert.equal(parsePer("12"), 12)
    assert.equal(parsePer("49"), LISTING_PAGE_SIZE)
    assert.equal(parsePer("0"), LISTING_PAGE_SIZE)
  })

  it("gives null for a bad page so the page can answer 404", () => {
    assert.equal(parseListingParams({ page: "x" }), null)
    assert.deepEqual(parseListingParams({ page: "2", sort: "stars" }), { page: 2, sort: "stars", per: 24 })
  })

  it("writes only what differs from the defaults into links", () => {
    const params = { page: 1, sort: "newest" as const, per: 24 }
    assert.deepEqual(listingQuery(params), {})
    assert.deepEqual(listingQuery(params, { page: 3 }), { page: "3" })
    assert.deepEqual(listingQuery({ page: 2, sort: "stars", per: 2 }, { page: 1 }), { sort: "stars", per: "2" })
    assert.equal(isVariantListingUrl(params), false)
    assert.equal(isVariantListingUrl({ ...params, sort: "stars" }), true)
  })
})

describe("listingBackendQuery", () => {
  it("asks the backend for one page by limit and offset, with the listing's filters", () => {
    assert.deepEqual(listingBackendQuery({ province: "42" }, { page: 3, per: 24, sort: "stars" }), {
      sort: "stars",
      limit: "24",
      offset: "48",
      province: "42",
    })
    assert.deepEqual(
      listingBackendQuery({ sector: "I", productSet: 9, producer: "htx-a", stars: 4 }, { page: 1, per: 4, sort: "stars" }, 7),
      { sort: "stars", limit: "4", offset: "7", stars: "4", sector: "I", product_set: "9", producer: "htx-a" }
    )
  })

  it("counts pages, at least one", () => {
    assert.equal(pageCount(0, 24), 1)
    assert.equal(pageCount(30, 24), 2)
    assert.equal(pageCount(48, 24), 2)
  })
})

describe("browse path segments", () => {
  it("maps sectors and the product sets that belong to them", () => {
    assert.equal(sectorFromParam("i")?.code, "I")
    assert.equal(sectorFromParam("VI")?.code, "VI")
    assert.equal(sectorFromParam("vii"), null)
    assert.equal(productSetFromParam("I", "9")?.code, 9)
    assert.equal(productSetFromParam("II", "9"), null, "set 9 is in sector I, not II")
    assert.equal(productSetFromParam("I", "09x"), null)
    assert.equal(browsePaths.productSet({ code: 9, sector: "I" }), "/c/i/9")
    assert.equal(browsePaths.sector("III"), "/c/iii")
  })

  it("knows only the 34 current provinces", () => {
    assert.equal(provinceFromParam("42"), "42")
    assert.equal(provinceFromParam("44"), "44")
    assert.equal(provinceFromParam("30"), null, "30 is a pre-2025 code")
  })
})

describe("stock state", () => {
  const v = (qty: number | null, extra: Partial<{ manage_inventory: boolean; allow_backorder: boolean }> = {}) => ({
    id: "v",
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: qty,
    ...extra,
  })

  it("reads a variant's quantity: none, a few (≤ 5), plenty", () => {
    assert.equal(variantStockState(v(0)), "out_of_stock")
    assert.equal(variantStockState(v(null)), "out_of_stock")
    assert.equal(variantStockState(v(5)), "low_stock")
    assert.equal(variantStockState(v(6)), "in_stock")
    assert.equal(variantStockState(v(0, { manage_inventory: false })), "in_stock")
    assert.equal(variantStockState(v(0, { allow_backorder: true })), "in_stock")
  })

  it("sums a product up from its best variant", () => {
    assert.equal(productStockState([v(0), v(100)]), "in_stock")
    assert.equal(productStockState([v(0), v(2)]), "low_stock")
    assert.equal(productStockState([v(0), v(0)]), "out_of_stock")
    assert.equal(productStockState([]), null)
    assert.equal(productStockState(null), null)
  })
})
