import assert from "node:assert/strict"
import { test } from "node:test"
import { backendErrorText, expiryTone, groupThousands, jwtActorId, parseVndInput, readVariants } from "./producer-portal"

function jwt(payload: object): string {
  return `h.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.s`
}

test("reads the actor id of a producer token and an empty one of a registration token", () => {
  assert.equal(jwtActorId(jwt({ actor_id: "pdcr_1", actor_type: "producer" })), "pdcr_1")
  assert.equal(jwtActorId(jwt({ actor_id: "", actor_type: "producer" })), "")
  assert.equal(jwtActorId("garbage"), null)
  assert.equal(jwtActorId(undefined), null)
})

test("shows each part of a backend refusal in the reader's language", () => {
  const msg = "Invalid request: Giá phải là số nguyên đồng (price must be whole đồng); Trùng SKU (duplicate SKU)"
  assert.equal(backendErrorText(msg, "vi"), "Giá phải là số nguyên đồng; Trùng SKU")
  assert.equal(backendErrorText(msg, "en"), "price must be whole đồng; duplicate SKU")
  assert.equal(backendErrorText("Not found", "vi"), "Not found")
})

test("takes VND typed with dots or spaces and refuses fractions and negatives", () => {
  assert.equal(parseVndInput("125.000"), 125000)
  assert.equal(parseVndInput("1.250.000 ₫"), 1250000)
  assert.equal(parseVndInput("125000"), 125000)
  assert.equal(parseVndInput("125 000"), 125000)
  assert.equal(parseVndInput("12,5"), null)
  assert.equal(parseVndInput("-5000"), null)
  assert.equal(parseVndInput("12.50"), null)
  assert.equal(parseVndInput(""), null)
  assert.equal(groupThousands(1250000), "1.250.000")
  assert.equal(groupThousands(950), "950")
})

test("colours days to expiry by the re-evaluation window", () => {
  assert.equal(expiryTone(-1), "expired")
  assert.equal(expiryTone(100), "urgent")
  assert.equal(expiryTone(150), "soon")
  assert.equal(expiryTone(400), "ok")
  assert.equal(expiryTone(null), "ok")
})

test("reads the product form's variant rows in order and skips empty rows", () => {
  const rows = readVariants([
    ["variants[1][title]", "Chai 1 lít"],
    ["variants[1][sku]", "NM-1L"],
    ["variants[1][price]", "250.000"],
    ["variants[0][title]", "Chai 500 ml"],
    ["variants[0][sku]", "NM-500"],
    ["variants[0][price]", "125.000"],
    ["variants[0][stock]", "20"],
    ["variants[2][title]", ""],
    ["variants[2][sku]", ""],
    ["variants[2][price]", ""],
  ])
  assert.equal(rows.length, 2)
  assert.deepEqual(
    rows.map((r) => [r.sku, r.price, r.stock]),
    [
      ["NM-500", 125000, 20],
      ["NM-1L", 250000, null],
    ]
  )
})
