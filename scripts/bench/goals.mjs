// The goals of issue 19 ("National scale"), gathered while the bench runs and printed together at
// the end: each with the figure measured, the baseline measured in the same run, their ratio, the
// goal, ✓/✗, and the 1-minute load average when the figure was taken (2 shared cores: a figure
// taken at load 6 is not a quiet machine's).
import os from "node:os"

/** 1-minute load average now, one decimal. */
export const loadAverage = () => os.loadavg()[0].toFixed(1)

const rows = []

/**
 * @param {object} goal
 * @param {string} goal.name       what is measured ("product page from cache, 32 connections")
 * @param {number} goal.value      the figure
 * @param {string} goal.unit       "ms", "req/s", "MB", "" …
 * @param {{ label: string, value: number } | null} goal.baseline  the same run's reference figure
 * @param {string} goal.target     the goal as written ("≥ 300 req/s, 0 errors")
 * @param {boolean} goal.ok        whether the goal is met
 * @param {string} [goal.load]     load average when measured (now if omitted)
 * @param {string} [goal.note]     extra words after the row (errors, backend requests …)
 */
export function recordGoal({ name, value, unit, baseline, target, ok, load = loadAverage(), note = "" }) {
  rows.push({ name, value, unit, baseline, target, ok, load, note })
}

/** A goal that could not be measured in this run (printed ✗ with the reason). */
export function recordMissingGoal(name, target, reason) {
  rows.push({ name, value: NaN, unit: "", baseline: null, target, ok: false, load: loadAverage(), note: reason })
}

const figure = (value, unit) =>
  Number.isFinite(value) ? `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}${unit ? ` ${unit}` : ""}` : "—"

export function printGoals() {
  if (!rows.length) return
  console.log(
    `\nGoals of issue 19 at 20,000 products (ratio = measured / baseline measured in this run; load = 1-min load average on ${os.cpus().length} cores when measured)`
  )
  console.log(
    `    ${"goal".padEnd(58)} ${"measured".padStart(11)}  ${"baseline (same run)".padEnd(46)} ${"ratio".padStart(8)}  ${"target".padEnd(22)} load`
  )
  for (const r of rows) {
    const ratio = r.baseline && Number.isFinite(r.value) && r.baseline.value ? `${(r.value / r.baseline.value).toFixed(2)}×` : "—"
    const baseline = r.baseline ? `${figure(r.baseline.value, r.unit)} ${r.baseline.label}` : "—"
    console.log(
      `  ${r.ok ? "✓" : "✗"} ${r.name.padEnd(58)} ${figure(r.value, r.unit).padStart(11)}  ${baseline.slice(0, 46).padEnd(46)} ${ratio.padStart(8)}  ${r.target.padEnd(22)} ${r.load.padStart(4)}${r.note ? `   ${r.note}` : ""}`
    )
  }
  const met = rows.filter((r) => r.ok).length
  console.log(`  ${met} of ${rows.length} goals met\n`)
}
