import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { LISTING_CACHE_CONTROL, listingCacheControl } from "./cache-control"

describe("listingCacheControl", () => {
  it("lets a CDN keep listing pages for a few seconds", () => {
    for (const path of ["/vi/products", "/en/c", "/vi/c/i", "/vi/c/i/9", "/vi/provinces", "/vi/provinces/42", "/en/producers/htx-a"]) {
      assert.equal(listingCacheControl("GET", path), LISTING_CACHE_CONTROL, path)
    }
    assert.match(LISTING_CACHE_CONTROL, /^public, s-maxage=5, stale-while-revalidate=\d+$/)
  })

  it("leaves product pages (ISR sets theirs), per-shopper pages and writes alone", () => {
    for (const path of [
      "/vi/products/nuoc-mam",
      "/vi/cart",
      "/vi/checkout",
      "/vi/account",
      "/vi/search",
      "/vi/producer",
      "/vi/pos/x",
      "/vi",
    ]) {
      assert.equal(listingCacheControl("GET", path), null, path)
    }
    assert.equal(listingCacheControl("POST", "/vi/products"), null)
  })
})
