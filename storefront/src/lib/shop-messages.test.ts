import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { test } from "node:test"

/** Keys of a nested messages object, as dotted paths. */
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

const AREAS = ["cart", "checkout", "order", "account"]
const read = (locale: string, area: string) =>
  JSON.parse(readFileSync(new URL(`../../messages/${locale}/${area}.json`, import.meta.url), "utf8"))

test("the shop's Vietnamese and English messages have the same keys, under one top-level key per area", () => {
  for (const area of AREAS) {
    const vi = read("vi", area)
    const en = read("en", area)
    assert.deepEqual(Object.keys(vi), [area], area)
    assert.deepEqual(keys(en).sort(), keys(vi).sort(), area)
    for (const key of keys(vi)) assert.notEqual(String(key.split(".").reduce((o: any, k) => o[k], vi)).trim(), "", key)
  }
})
