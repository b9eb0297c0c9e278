import assert from "node:assert/strict"
import { test } from "node:test"
import { certificateTag, LISTING_TAG, producerTag, productTag, STOCK_TAG } from "./cache-tags"

test("each cache tag names one thing, by the key the storefront's URL carries", () => {
  assert.equal(LISTING_TAG, "listing")
  assert.equal(STOCK_TAG, "stock")
  assert.equal(productTag("nuoc-mam-luan-nghiep"), "product-nuoc-mam-luan-nghiep")
  assert.equal(producerTag("htx-luan-nghiep"), "producer-htx-luan-nghiep")
  assert.equal(certificateTag("OCOP-HT-2025-0001"), "certificate-OCOP-HT-2025-0001")
})

test("tags of different kinds never collide for the same key", () => {
  const key = "same"
  assert.equal(new Set([productTag(key), producerTag(key), certificateTag(key), LISTING_TAG, STOCK_TAG]).size, 5)
})
