import assert from "node:assert/strict"
import { createHmac } from "node:crypto"
import { describe, it } from "node:test"
import { checkSignature, parseRevalidateBody, SeenSignatures, signBody } from "./revalidate-signature"

const secret = "test-secret"
const body = JSON.stringify({ tags: ["listing", "product-nuoc-mam-luan-nghiep"] })
const now = Date.parse("2026-12-07T10:00:00Z")
const seconds = (ms: number) => String(Math.floor(ms / 1000))
const hmac = (raw: string, key: string, timestamp = seconds(now)) => createHmac("sha256", key).update(`${timestamp}.${raw}`).digest("hex")
const check = (over: Partial<Parameters<typeof checkSignature>[0]> = {}) =>
  checkSignature({ rawBody: body, signature: hmac(body, secret), timestamp: seconds(now), secret, now, ...over })

describe("revalidate signature", () => {
  it("accepts the hex HMAC-SHA256 of `<timestamp>.<raw body>` under the shared secret", () => {
    assert.deepEqual(check(), { ok: true })
    assert.equal(signBody(body, seconds(now), secret), hmac(body, secret))
  })

  it("accepts an upper-case hex signature and a call signed 4 minutes ago", () => {
    assert.deepEqual(check({ signature: hmac(body, secret).toUpperCase() }), { ok: true })
    const earlier = seconds(now - 4 * 60_000)
    assert.deepEqual(check({ timestamp: earlier, signature: hmac(body, secret, earlier) }), { ok: true })
  })

  it("refuses a call signed more than 5 minutes ago or ahead, even when correctly signed", () => {
    for (const at of [now - 5 * 60_000 - 1000, now - 24 * 3600_000, now + 6 * 60_000]) {
      assert.deepEqual(check({ timestamp: seconds(at), signature: hmac(body, secret, seconds(at)) }), { ok: false, reason: "stale" })
    }
  })

  it("refuses a fresh timestamp put on an old signature (the timestamp is signed too)", () => {
    const old = seconds(now - 3600_000)
    assert.deepEqual(check({ signature: hmac(body, secret, old) }), { ok: false, reason: "invalid" })
  })

  it("refuses a signature made with another secret", () => {
    assert.deepEqual(check({ signature: hmac(body, "other-secret") }), { ok: false, reason: "invalid" })
  })

  it("refuses a signature of a different body (the body was tampered with)", () => {
    const tampered = JSON.stringify({ tags: ["listing", "product-other"] })
    assert.deepEqual(check({ rawBody: tampered }), { ok: false, reason: "invalid" })
  })

  it("refuses the same signed call sent a second time within the window (a replay)", () => {
    const seen = new SeenSignatures()
    assert.deepEqual(check({ seen }), { ok: true })
    assert.deepEqual(check({ seen, now: now + 1000 }), { ok: false, reason: "replayed" })
    const next = seconds(now + 2000)
    assert.deepEqual(check({ seen, now: now + 2000, timestamp: next, signature: hmac(body, secret, next) }), { ok: true })
  })

  it("refuses a missing, empty or malformed signature or timestamp", () => {
    assert.deepEqual(check({ signature: null }), { ok: false, reason: "unsigned" })
    assert.deepEqual(check({ signature: "" }), { ok: false, reason: "unsigned" })
    assert.deepEqual(check({ timestamp: null }), { ok: false, reason: "unsigned" })
    assert.deepEqual(check({ timestamp: "soon" }), { ok: false, reason: "invalid" })
    assert.deepEqual(check({ signature: "not-hex" }), { ok: false, reason: "invalid" })
    assert.deepEqual(check({ signature: hmac(body, secret).slice(0, 63) }), { ok: false, reason: "invalid" })
  })

  it("refuses everything when no secret is configured", () => {
    assert.deepEqual(check({ secret: "", signature: hmac(body, "") }), { ok: false, reason: "unsigned" })
    assert.deepEqual(check({ secret: undefined }), { ok: false, reason: "unsigned" })
  })
})

describe("revalidate body", () => {
  it("reads the tags of a { tags: string[] } body, without duplicates", () => {
    assert.deepEqual(parseRevalidateBody('{"tags":["listing","listing","certificate-HT05"]}'), ["listing", "certificate-HT05"])
  })

  it("refuses bodies that are not JSON objects with a non-empty list of tag strings", () => {
    for (const raw of [
      "",
      "not json",
      "[]",
      "null",
      '"listing"',
      "{}",
      '{"tags":[]}',
      '{"tags":"listing"}',
      '{"tags":[1]}',
      '{"tags":[""]}',
    ]) {
      assert.equal(parseRevalidateBody(raw), null, raw)
    }
  })
})
