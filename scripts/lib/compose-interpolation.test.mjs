import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { interpolateCompose } from "./compose-interpolation.mjs"

const one = (value, env) => interpolateCompose({ value }, env).value

describe("compose interpolation", () => {
  it("substitutes, defaults and escapes as the Compose Specification says", () => {
    assert.equal(one("${A}/$A", { A: "x" }), "x/x")
    assert.equal(one("${A:-d}", { A: "" }), "d")
    assert.equal(one("${A-d}", { A: "" }), "")
    assert.equal(one("${A-d}", {}), "d")
    assert.equal(one("${A:+r}", { A: "x" }), "r")
    assert.equal(one("${A:+r}", {}), "")
    assert.equal(one("$${A}", { A: "x" }), "${A}")
    assert.equal(one("${A:-${B}}", { B: "b" }), "b")
  })

  it("fails on a required variable that is unset (or empty with :?)", () => {
    assert.throws(() => one("${A:?set A}", {}), /required variable A is missing a value: set A/)
    assert.throws(() => one("${A:?set A}", { A: "" }), /A/)
    assert.equal(one("${A?set A}", { A: "" }), "")
    assert.equal(one("${A:?set A}", { A: "x" }), "x")
  })
})
