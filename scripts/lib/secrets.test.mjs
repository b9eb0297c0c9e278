import assert from "node:assert/strict"
import { mkdtempSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, it } from "node:test"
import { localSecrets, SECRET_NAMES } from "./secrets.mjs"

describe("local stack secrets", () => {
  it("are generated once, random and long, kept private, and reused on the next start", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ocop-secrets-")), "secrets.json")
    const first = localSecrets({ file, env: {} })
    assert.deepEqual(Object.keys(first).sort(), [...SECRET_NAMES].sort())
    for (const value of Object.values(first)) assert.match(value, /^[0-9a-f]{64}$/)
    assert.equal(new Set(Object.values(first)).size, SECRET_NAMES.length)
    assert.deepEqual(localSecrets({ file, env: {} }), first)
    assert.deepEqual(JSON.parse(readFileSync(file, "utf8")), first)
    assert.equal(statSync(file).mode & 0o077, 0)
    const other = localSecrets({ file: path.join(path.dirname(file), "other.json"), env: {} })
    assert.notEqual(other.JWT_SECRET, first.JWT_SECRET)
  })

  it("let a variable set in the environment win", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ocop-secrets-")), "secrets.json")
    assert.equal(
      localSecrets({ file, env: { JWT_SECRET: "from-the-environment-0123456789" } }).JWT_SECRET,
      "from-the-environment-0123456789"
    )
  })
})
