import assert from "node:assert/strict"
import { test } from "node:test"
import { ERROR_CODES, isOcopErrorCode, isPasswordProblemCode } from "./error-codes"

test("every error code is written once: no two names share a code", () => {
  const codes = Object.values(ERROR_CODES)
  assert.equal(new Set(codes).size, codes.length)
})

test("codes are machine words: an area, a dot, a reason (or a bare snake_case word)", () => {
  for (const code of Object.values(ERROR_CODES)) {
    assert.match(code, /^[a-z_]+(\.[a-z_]+)*$/, code)
  }
})

test("isOcopErrorCode knows the backend's codes and nothing else", () => {
  assert.equal(isOcopErrorCode("out_of_stock"), true)
  assert.equal(isOcopErrorCode(ERROR_CODES.PRODUCT_NOT_SELLABLE), true)
  assert.equal(isOcopErrorCode("password.too_short"), false)
  assert.equal(isOcopErrorCode(undefined), false)
})

test("a refused password is told by its code's area", () => {
  assert.equal(isPasswordProblemCode("password.common"), true)
  assert.equal(isPasswordProblemCode(ERROR_CODES.POS_INVITE_INVALID), false)
  assert.equal(isPasswordProblemCode(null), false)
})
