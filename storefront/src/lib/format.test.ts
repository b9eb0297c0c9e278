import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatDate } from "./format"

describe("formatDate", () => {
  it("shows certificate dates as dd/MM/yyyy in Vietnamese", () => {
    assert.equal(formatDate("2024-10-15", "vi"), "15/10/2024")
    assert.equal(formatDate("2028-06-05", "vi"), "05/06/2028")
  })

  it("shows an unambiguous day, month name and year in English", () => {
    assert.equal(formatDate("2024-10-15", "en"), "15 Oct 2024")
    assert.equal(formatDate("2028-06-05", "en"), "5 Jun 2028")
  })

  it("keeps the calendar day of a timestamp whatever the server time zone", () => {
    assert.equal(formatDate("2027-01-01T00:00:00.000Z", "vi"), "01/01/2027")
  })

  it("returns an empty string for a missing date and the input for an unreadable one", () => {
    assert.equal(formatDate(null, "vi"), "")
    assert.equal(formatDate("sometime", "vi"), "sometime")
  })
})
