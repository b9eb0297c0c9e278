import assert from "node:assert/strict";
import { test } from "node:test";
import { HA_TINH_2030_TARGETS, isProgrammeMetric, programmeMetric, PROGRAMME_METRIC_CODES } from "./programme-metrics";

test("every metric has a unit and a Vietnamese and an English name", () => {
  for (const code of PROGRAMME_METRIC_CODES) {
    const metric = programmeMetric(code)!;
    assert.ok(["count", "percent"].includes(metric.unit), code);
    assert.ok(metric.vi && metric.en, code);
  }
  assert.equal(isProgrammeMetric("certified_products"), true);
  assert.equal(isProgrammeMetric("happiness"), false);
});

test("Hà Tĩnh's 2030 targets name known metrics, each once", () => {
  const metrics = HA_TINH_2030_TARGETS.map((t) => t.metric);
  assert.ok(metrics.every(isProgrammeMetric));
  assert.equal(new Set(metrics).size, metrics.length);
});
