import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { bilingualMessage, facetOptions, facetValueLabel, giCount, starsAtLeastCounts } from "./search-facets"

describe("facetValueLabel", () => {
  it("names facet values from @ocop/domain in the page's language", () => {
    assert.equal(facetValueLabel("province", "42", "vi"), "Hà Tĩnh")
    assert.equal(facetValueLabel("province", "44", "en"), "Quảng Trị")
    assert.equal(facetValueLabel("sector", "I", "vi"), "Sản phẩm thực phẩm")
    assert.equal(facetValueLabel("sector", "I", "en"), "Food")
    assert.equal(facetValueLabel("product_set", "9", "vi"), "Tương, nước mắm, gia vị dạng lỏng khác")
    assert.equal(facetValueLabel("producer_type", "HTX", "vi"), "Hợp tác xã")
    assert.equal(facetValueLabel("producer_type", "HTX", "en"), "Co-operative")
  })

  it("falls back to the raw value for codes the domain does not know", () => {
    assert.equal(facetValueLabel("province", "99", "vi"), "99")
    assert.equal(facetValueLabel("sector", "IX", "en"), "IX")
    assert.equal(facetValueLabel("product_set", "x", "vi"), "x")
  })
})

describe("facetOptions", () => {
  it("orders provinces by count, then by name", () => {
    const options = facetOptions(
      "province",
      [
        { value: "44", count: 3 },
        { value: "42", count: 10 },
        { value: "01", count: 3 },
      ],
      ["44"],
      "vi"
    )
    assert.deepEqual(
      options.map((o) => [o.label, o.count, o.selected]),
      [
        ["Hà Tĩnh", 10, false],
        ["Hà Nội", 3, false],
        ["Quảng Trị", 3, true],
      ]
    )
  })

  it("keeps the law's order for sectors and product sets", () => {
    const sectors = facetOptions(
      "sector",
      [
        { value: "III", count: 1 },
        { value: "I", count: 5 },
      ],
      [],
      "en"
    )
    assert.deepEqual(
      sectors.map((o) => o.value),
      ["I", "III"]
    )
    const sets = facetOptions(
      "product_set",
      [
        { value: "12", count: 1 },
        { value: "9", count: 5 },
      ],
      [],
      "vi"
    )
    assert.deepEqual(
      sets.map((o) => o.value),
      ["9", "12"]
    )
  })

  it("keeps a selected value the answer did not count, so it can be unselected", () => {
    const options = facetOptions("producer_type", [{ value: "HTX", count: 2 }], ["HO_SXKD"], "vi")
    assert.deepEqual(options.at(-1), { value: "HO_SXKD", label: "Hộ sản xuất kinh doanh", count: null, selected: true })
  })
})

describe("star and GI counts", () => {
  it("adds up products with at least 3, 4 or 5 stars from the per-level counts", () => {
    assert.deepEqual(
      starsAtLeastCounts([
        { value: "3", count: 7 },
        { value: "4", count: 5 },
        { value: "5", count: 1 },
      ]),
      { 3: 13, 4: 6, 5: 1 }
    )
    assert.deepEqual(starsAtLeastCounts(undefined), { 3: 0, 4: 0, 5: 0 })
  })

  it("counts products with a geographical indication", () => {
    assert.equal(
      giCount([
        { value: "false", count: 9 },
        { value: "true", count: 2 },
      ]),
      2
    )
  })
})

describe("bilingualMessage", () => {
  const message = "Invalid request: Số sao tối thiểu phải là 3, 4 hoặc 5 (stars must be 3, 4 or 5)"

  it("shows the Vietnamese or the English half of a backend error", () => {
    assert.equal(bilingualMessage(message, "vi"), "Số sao tối thiểu phải là 3, 4 hoặc 5")
    assert.equal(bilingualMessage(message, "en"), "stars must be 3, 4 or 5")
  })

  it("handles several errors joined by Medusa", () => {
    const two = "Invalid request: Ngành phải là I đến VI (sector must be I–VI); Mã tỉnh/thành không tồn tại (unknown province code)"
    assert.equal(bilingualMessage(two, "en"), "sector must be I–VI; unknown province code")
  })

  it("shows any other message as it is", () => {
    assert.equal(bilingualMessage("Unrecognized fields: 'page'", "vi"), "Unrecognized fields: 'page'")
  })
})
