import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { CART_COUNT_COOKIE, cartCountFromCookies } from "./cart-count"

describe("cartCountFromCookies", () => {
  it("reads the count among other cookies", () => {
    assert.equal(cartCountFromCookies(`a=1; ${CART_COUNT_COOKIE}=3; b=x`), 3)
  })
  it("is 0 without the cookie or with a value that is not a count", () => {
    assert.equal(cartCountFromCookies(""), 0)
    assert.equal(cartCountFromCookies(`${CART_COUNT_COOKIE}_old=5`), 0)
    assert.equal(cartCountFromCookies(`${CART_COUNT_COOKIE}=-2`), 0)
    assert.equal(cartCountFromCookies(`${CART_COUNT_COOKIE}=1.5`), 0)
    assert.equal(cartCountFromCookies(`${CART_COUNT_COOKIE}=abc`), 0)
  })
})
