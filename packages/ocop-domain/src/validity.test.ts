import { test } from "node:test";
import assert from "node:assert/strict";
import {
  EXPIRY_NOTICE_DAYS,
  addDays,
  addMonths,
  certificateEndDate,
  daysBetween,
  daysUntil,
  isInReevaluationWindow,
  maxExtensionUntil,
  reevaluationWindow,
  toVietnamDate,
  validUntil,
  vietnamDate,
} from "./validity";

test("vietnamDate is the +07:00 calendar day, switching at 17:00 UTC", () => {
  assert.equal(vietnamDate(new Date("2026-08-31T16:59:59Z")), "2026-08-31");
  assert.equal(vietnamDate(new Date("2026-08-31T17:00:00Z")), "2026-09-01");
  assert.equal(vietnamDate(new Date("2026-12-31T23:00:00+07:00")), "2026-12-31");
  assert.throws(() => vietnamDate(new Date("nope")), RangeError);
});

test("inputs may be a date, a zoned timestamp, a zone-less timestamp (Vietnam wall time) or a Date", () => {
  assert.equal(toVietnamDate("2024-10-15"), "2024-10-15");
  assert.equal(toVietnamDate("2024-10-14T18:30:00Z"), "2024-10-15");
  assert.equal(toVietnamDate("2024-10-15T23:30:00+07:00"), "2024-10-15");
  assert.equal(toVietnamDate("2024-10-15T23:30:00"), "2024-10-15");
  assert.equal(toVietnamDate(new Date("2024-10-15")), "2024-10-15");
});

test("impossible or malformed dates are refused rather than rolled over", () => {
  for (const bad of ["2023-02-29", "2024-13-01", "2024-04-31", "15/10/2024", "", "2024-1-5"]) {
    assert.throws(() => toVietnamDate(bad), RangeError, bad);
  }
});

test("validUntil adds 36 months on the same day of the month", () => {
  assert.equal(validUntil("2024-10-15"), "2027-10-15");
  assert.equal(validUntil("2023-06-30"), "2026-06-30");
  assert.equal(validUntil("2022-12-30"), "2025-12-30");
});

test("validUntil clamps to the last day of a shorter target month", () => {
  assert.equal(validUntil("2020-02-29"), "2023-02-28");
  assert.equal(validUntil("2024-02-29"), "2027-02-28");
  // A 28 Feb start stays on the 28th even when the target year is a leap year.
  assert.equal(validUntil("2021-02-28"), "2024-02-28");
  assert.equal(validUntil("2023-05-31"), "2026-05-31");
  assert.equal(validUntil("2022-08-31"), "2025-08-31");
  assert.equal(addMonths("2024-01-31", 1), "2024-02-29");
  assert.equal(addMonths("2023-01-31", 3), "2023-04-30");
  assert.equal(addMonths("2023-03-31", -1), "2023-02-28");
});

test("addDays and daysBetween count calendar days across months, years and leap days", () => {
  assert.equal(addDays("2024-02-28", 1), "2024-02-29");
  assert.equal(addDays("2023-02-28", 1), "2023-03-01");
  assert.equal(addDays("2026-12-31", 1), "2027-01-01");
  assert.equal(addDays("2026-01-01", -1), "2025-12-31");
  assert.equal(daysBetween("2026-06-30", "2026-12-27"), 180);
  assert.equal(daysBetween("2026-12-27", "2026-06-30"), -180);
  assert.equal(daysBetween("2024-01-01", "2025-01-01"), 366);
  assert.throws(() => addDays("2026-01-01", 0.5), RangeError);
});

test("daysUntil is 0 on the day itself in Vietnam and negative after it", () => {
  const lateEveningVn = new Date("2026-09-30T16:30:00Z"); // 23:30 on 30/9 in Vietnam
  assert.equal(daysUntil("2026-09-30", lateEveningVn), 0);
  assert.equal(daysUntil("2026-09-30", new Date("2026-09-30T17:00:00Z")), -1);
  assert.equal(daysUntil("2027-10-15", new Date("2026-09-01T00:00:00+07:00")), 409);
});

test("the re-evaluation window opens 180 and closes 120 days before expiry, both inclusive", () => {
  assert.deepEqual(reevaluationWindow("2027-10-15"), { opens: "2027-04-18", closes: "2027-06-17" });
  assert.deepEqual(reevaluationWindow("2026-09-20"), { opens: "2026-03-24", closes: "2026-05-23" });
  const at = (d: string) => new Date(`${d}T12:00:00+07:00`);
  assert.equal(isInReevaluationWindow("2027-10-15", at("2027-04-17")), false);
  assert.equal(isInReevaluationWindow("2027-10-15", at("2027-04-18")), true);
  assert.equal(isInReevaluationWindow("2027-10-15", at("2027-06-17")), true);
  assert.equal(isInReevaluationWindow("2027-10-15", at("2027-06-18")), false);
});

test("a transitional extension reaches at most 180 days past expiry", () => {
  assert.equal(maxExtensionUntil("2026-06-30"), "2026-12-27");
});

test("certificateEndDate uses extension_until only for an extended certificate", () => {
  assert.equal(certificateEndDate({ status: "valid", valid_until: "2026-06-30", extension_until: "2026-10-01" }), "2026-06-30");
  assert.equal(certificateEndDate({ status: "extended", valid_until: "2026-06-30", extension_until: "2026-10-01" }), "2026-10-01");
  assert.equal(certificateEndDate({ status: "extended", valid_until: "2026-06-30", extension_until: null }), "2026-06-30");
  assert.equal(certificateEndDate({ status: "extended", valid_until: "2026-06-30" }), "2026-06-30");
});

test("certificateEndDate keeps an extension inside the legal 180-day limit", () => {
  assert.equal(certificateEndDate({ status: "extended", valid_until: "2026-06-30", extension_until: "2027-06-30" }), "2026-12-27");
  assert.equal(certificateEndDate({ status: "extended", valid_until: "2026-06-30", extension_until: "2026-01-01" }), "2026-06-30");
});

test("expiry notices go out 180, 120, 30 and 7 days before the end date", () => {
  assert.deepEqual([...EXPIRY_NOTICE_DAYS], [180, 120, 30, 7]);
});

test("certificateDatesProblem: decision not in the future, valid_until within 36 months (month-end rule)", async () => {
  const { certificateDatesProblem } = await import("./validity");
  const now = new Date("2026-12-07T03:00:00Z");
  assert.equal(certificateDatesProblem("2024-10-15", "2027-10-15", now), null);
  assert.equal(certificateDatesProblem("2024-10-15", "2027-06-30", now), null);
  assert.equal(certificateDatesProblem("2024-10-15", "2099-12-31", now)?.code, "ocop.certificate.valid_until_beyond_legal");
  assert.equal(certificateDatesProblem("2024-10-15", "2027-10-16", now)?.code, "ocop.certificate.valid_until_beyond_legal");
  // 2024-02-29 + 36 months clamps to 2027-02-28: the 1st of March is one day too many
  assert.equal(certificateDatesProblem("2024-02-29", "2027-02-28", now), null);
  assert.equal(certificateDatesProblem("2024-02-29", "2027-03-01", now)?.code, "ocop.certificate.valid_until_beyond_legal");
  assert.equal(certificateDatesProblem("2024-10-15", "2024-10-15", now)?.code, "ocop.certificate.valid_until_before_decision");
  // today in Vietnam is 2026-12-07; the 8th is tomorrow
  assert.equal(certificateDatesProblem("2026-12-07", "2029-12-07", now), null);
  assert.equal(certificateDatesProblem("2026-12-08", "2029-12-08", now)?.code, "ocop.certificate.decision_in_future");
  assert.equal(certificateDatesProblem("2026-12-08", "2029-12-08", new Date("2026-12-07T17:00:00Z")), null);
});
