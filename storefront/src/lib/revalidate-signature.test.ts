import assert from "node:assert/strict"
import { createHmac } from "node:crypto"
import { describe, it } from "node:test"
import { isValidSignature, parseRevalidateBody, signBody } from "./revalidate-signature"

const secret = "test-secret"
const body = JSON.stringify({ tags: ["listing", "product-nuoc-mam-luan-nghiep"] })
const hmac = (raw: string, key: string) => createHmac("sha256", key).update(raw).digest("hex")

describe("revalidate signature", () => {
  it("accepts the hex HMAC-SHA256 of the raw body under the shared secret", () => {
    assert.equal(isValidSignature(body, hmac(body, secret), secret), true)
    assert.equal(signBody(body, secret), hmac(body, secret))
  })

  it("accepts an upper-case hex signature", () => {
    assert.equal(isValidSignature(body, hmac(body, secret).toUpperCase(), secret), true)
  })

  it("refuses a signature made with another secret", () => {
    assert.equal(isValidSignature(body, hmac(body, "other-secret"), secret), false)
  })

  it("refuses a signature of a different body (the body was tampered with)", () => {
    const tampered = JSON.stringify({ tags: ["listing", "product-other"] })
    assert.equal(isValidSignature(tampered, hmac(body, secret), secret), false)
  })

  it("refuses a missing, empty or malformed signature", () => {
    assert.equal(isValidSignature(body, null, secret), false)
    assert.equal(isValidSignature(body, "", secret), false)
    assert.equal(isValidSignature(body, "not-hex", secret), false)
    assert.equal(isValidSignature(body, hmac(body, secret).slice(0, 63), secret), false)
  })

  it("refuses everything when no secret is configured", () => {
    assert.equal(isValidSignature(body, hmac(body, ""), ""), false)
    assert.equal(isValidSignature(body, hmac(body, secret), undefined), false)
  })
})

describe("revalidate body", () => {
  it("reads the tags of a { tags: string[] } body, without duplicates", () => {
    assert.deepEqual(parseRevalidateBody('{"tags":["listing","listing","certificate-HT05"]}'), [
      "listing",
      "certificate-HT05",
    ])
  })

  it("refuses bodies that are not JSON objects with a non-empty list of tag strings", () => {
    for (const raw of ["", "not json", "[]", "null", '"listing"', "{}", '{"tags":[]}', '{"tags":"listing"}', '{"tags":[1]}', '{"tags":[""]}']) {
      assert.equal(parseRevalidateBody(raw), null, raw)
    }
  })
})
