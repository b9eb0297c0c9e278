import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { highlightMatches, nextActiveIndex, shouldSuggest } from "./search-suggest"

const marked = (title: string, query: string) =>
  highlightMatches(title, query)
    .filter((p) => p.match)
    .map((p) => p.text)

describe("shouldSuggest", () => {
  it("waits for two letters, accents and spaces not counted", () => {
    assert.equal(shouldSuggest(""), false)
    assert.equal(shouldSuggest(" n "), false)
    assert.equal(shouldSuggest("đ"), false)
    assert.equal(shouldSuggest("cu"), true)
    assert.equal(shouldSuggest("Đô"), true)
  })
})

describe("nextActiveIndex", () => {
  it("moves down through the options and back to the text field", () => {
    assert.equal(nextActiveIndex(-1, "ArrowDown", 3), 0)
    assert.equal(nextActiveIndex(1, "ArrowDown", 3), 2)
    assert.equal(nextActiveIndex(2, "ArrowDown", 3), -1)
  })

  it("moves up from the text field to the last option", () => {
    assert.equal(nextActiveIndex(-1, "ArrowUp", 3), 2)
    assert.equal(nextActiveIndex(0, "ArrowUp", 3), -1)
  })

  it("stays on the text field when there is no option", () => {
    assert.equal(nextActiveIndex(-1, "ArrowDown", 0), -1)
  })
})

describe("highlightMatches", () => {
  it("marks accent-free word prefixes in a Vietnamese title, not the spaces between them", () => {
    assert.deepEqual(marked("Nước mắm Kỳ Anh", "nuoc m"), ["Nước", "m"])
    assert.deepEqual(marked("Kẹo Cu đơ Bà Hường", "cu do"), ["Cu", "đơ"])
  })

  it("marks words anywhere in the title, only from their first letter", () => {
    assert.deepEqual(marked("Bưởi Phúc Trạch", "trach"), ["Trạch"])
    assert.deepEqual(marked("Bưởi Phúc Trạch", "uc"), [])
  })

  it("folds đ to d and keeps the title's own text", () => {
    const parts = highlightMatches("Đông trùng hạ thảo", "dong trung")
    assert.equal(parts.map((p) => p.text).join(""), "Đông trùng hạ thảo")
    assert.deepEqual(marked("Đông trùng hạ thảo", "dong trung"), ["Đông", "trùng"])
  })

  it("returns the title unmarked for an empty query", () => {
    assert.deepEqual(highlightMatches("Nhung hươu", "  "), [{ text: "Nhung hươu", match: false }])
  })
})
