import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { PosLookupResult } from "@/types/pos"
import {
  addToBasket,
  badgeStars,
  basketCount,
  basketTotal,
  changeDue,
  lookupPlan,
  notSellableReason,
  parseCash,
  quickCashAmounts,
  setBasketQuantity,
} from "./pos"

function result(over: Partial<PosLookupResult> = {}): PosLookupResult {
  return {
    product: { id: "prod_1", title: "Nước mắm Lưu Nghiệp", handle: "nuoc-mam", thumbnail: null },
    variant: { id: "var_1", title: "Chai 500 ml", sku: "HT05-500", barcode: "8932000000017" },
    price: 185_000,
    ocop: { stars: 4, certificate_status: "valid", verification_code: "VN-HT05", listable: true },
    sellable_as_ocop: true,
    sellable: true,
    stock_here: 3,
    stock_elsewhere: [],
    stock_at_producer: 40,
    ...over,
  }
}

describe("lookupPlan", () => {
  it("tries a scanned barcode or SKU as an exact code, then as text", () => {
    assert.deepEqual(lookupPlan(" 8932000000017 "), [{ code: "8932000000017" }, { q: "8932000000017" }])
  })
  it("sends the certificate QR address as a code only", () => {
    assert.deepEqual(lookupPlan("https://ocop.example/vi/verify/VN-HT05"), [{ code: "https://ocop.example/vi/verify/VN-HT05" }])
  })
  it("searches typed names with spaces as text", () => {
    assert.deepEqual(lookupPlan("nuoc  mam"), [{ q: "nuoc mam" }])
  })
  it("asks nothing for an empty entry", () => {
    assert.deepEqual(lookupPlan("   "), [])
  })
})

describe("badgeStars", () => {
  it("badges a live certificate only", () => {
    assert.equal(badgeStars({ stars: 4, certificate_status: "valid", verification_code: "x", listable: true }), 4)
    assert.equal(badgeStars({ stars: 4, certificate_status: "revoked", verification_code: "x", listable: false }), null)
    assert.equal(badgeStars(null), null)
  })
})

describe("notSellableReason", () => {
  it("drops the backend's prefix", () => {
    assert.equal(notSellableReason({ reason_vi: "không được bán: chứng nhận đã bị thu hồi" }), "chứng nhận đã bị thu hồi")
    assert.equal(notSellableReason({ reason_vi: "chưa có chứng nhận OCOP" }), "chưa có chứng nhận OCOP")
  })
})

describe("basket", () => {
  it("adds, counts and totals in integer đồng", () => {
    let lines = addToBasket([], result())
    lines = addToBasket(lines, result())
    assert.equal(basketCount(lines), 2)
    assert.equal(basketTotal(lines), 370_000)
  })
  it("never exceeds the stock here and refuses what cannot be sold", () => {
    let lines = addToBasket([], result({ stock_here: 1 }))
    lines = addToBasket(lines, result({ stock_here: 1 }))
    assert.equal(lines[0].quantity, 1)
    assert.deepEqual(addToBasket([], result({ sellable: false })), [])
    assert.deepEqual(addToBasket([], result({ stock_here: 0 })), [])
  })
  it("sets quantities within stock and removes at zero", () => {
    const lines = addToBasket([], result())
    assert.equal(setBasketQuantity(lines, "var_1", 10)[0].quantity, 3)
    assert.deepEqual(setBasketQuantity(lines, "var_1", 0), [])
  })
})

describe("cash", () => {
  it("parses amounts typed with separators", () => {
    assert.equal(parseCash("200.000"), 200_000)
    assert.equal(parseCash("200 000 ₫"), 200_000)
    assert.equal(parseCash("abc"), null)
    // the portal's rule: a comma is a typo, not a dropped separator (was 125 here, refused there)
    assert.equal(parseCash("12,5"), null)
  })
  it("computes change only when the cash covers the total", () => {
    assert.equal(changeDue(370_000, 500_000), 130_000)
    assert.equal(changeDue(370_000, 300_000), null)
  })
  it("suggests the exact amount and round notes", () => {
    assert.deepEqual(quickCashAmounts(370_000), [370_000, 400_000, 500_000])
  })
})
