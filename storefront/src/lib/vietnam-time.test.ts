import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatVietnamTime } from "./vietnam-time"

describe("formatVietnamTime", () => {
  // 17:30 UTC on 24 Nov is 00:30 on 25 Nov in Vietnam (UTC+7): the day must follow Vietnam, not the server
  const lateEvening = "2026-11-24T17:30:00Z"

  it("shows the day and time in Vietnam's time zone, day first in both languages", () => {
    assert.equal(formatVietnamTime(lateEvening, "vi").replace(/\s+/g, " "), "00:30 25/11/2026")
    assert.match(formatVietnamTime(lateEvening, "en"), /^25\/11\/2026, 00:30$/)
  })

  it("shows only the day, or a short time without the year", () => {
    assert.equal(formatVietnamTime(lateEvening, "vi", "day"), "25/11/2026")
    assert.match(formatVietnamTime(lateEvening, "en", "short"), /^25\/11, 00:30$/)
  })

  it("leaves text that is not a date, and nothing for no date", () => {
    assert.equal(formatVietnamTime("hôm qua", "vi"), "hôm qua")
    assert.equal(formatVietnamTime(null, "vi"), "")
  })
})
