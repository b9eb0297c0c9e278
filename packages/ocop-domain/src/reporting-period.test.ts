import assert from "node:assert/strict";
import { test } from "node:test";
import { growthPercent, periodAsOf, reportingPeriod, sharePercent, shiftYears, trendMonths } from "./reporting-period";

test("a quarter runs from its first to its last day and compares with the same quarter a year earlier", () => {
  const q3 = reportingPeriod("quarterly", 2026, null, 3);
  assert.deepEqual([q3.start, q3.end], ["2026-07-01", "2026-09-30"]);
  assert.deepEqual(q3.previous, { start: "2025-07-01", end: "2025-09-30" });
  assert.deepEqual(q3.label, { vi: "Quý III/2026", en: "Q3 2026" });
});

test("a month ends on its last day, February included", () => {
  assert.equal(reportingPeriod("monthly", 2028, 2).end, "2028-02-29");
  assert.equal(reportingPeriod("monthly", 2026, 2).end, "2026-02-28");
  assert.throws(() => reportingPeriod("monthly", 2026, 13), RangeError);
});

test("a running period is measured today, a past one on its last day", () => {
  const year = reportingPeriod("yearly", 2026);
  assert.equal(periodAsOf(year, "2026-08-15"), "2026-08-15");
  assert.equal(periodAsOf(year, "2027-01-02"), "2026-12-31");
});

test("the trend shows the 12 months ending with the period, leaving out months not yet begun", () => {
  const running = trendMonths(reportingPeriod("yearly", 2026), "2026-03-10");
  assert.deepEqual(
    running.map((m) => m.key),
    ["2026-01", "2026-02", "2026-03"]
  );
  assert.deepEqual(running.at(-1), { key: "2026-03", day: "2026-03-10" });
  const past = trendMonths(reportingPeriod("quarterly", 2026, null, 1), "2026-08-01");
  assert.deepEqual(past[0], { key: "2025-04", day: "2025-04-30" });
  assert.equal(past.length, 12);
});

test("a year earlier keeps the day, except 29 February", () => {
  assert.equal(shiftYears("2026-07-01", -1), "2025-07-01");
  assert.equal(shiftYears("2028-02-29", -1), "2027-02-28");
});

test("growth and shares have one decimal and no figure when there is nothing to divide by", () => {
  assert.equal(growthPercent(310000, 1100000), -71.8);
  assert.equal(growthPercent(5, 0), null);
  assert.equal(sharePercent(7, 31), 22.6);
  assert.equal(sharePercent(0, 0), null);
});
