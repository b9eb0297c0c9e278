import { test } from "node:test";
import assert from "node:assert/strict";
import { SALES_POINT_CATEGORIES, isSalesPointCategory, salesPointCategoryName } from "./sales-points";

test("every 950/QĐ-BCT location category has a Vietnamese and an English name", () => {
  assert.equal(SALES_POINT_CATEGORIES.length, 7);
  for (const c of SALES_POINT_CATEGORIES) {
    assert.ok(c.vi.length > 0 && c.en.length > 0);
  }
  assert.equal(salesPointCategoryName("rest_stop"), "Trạm dừng nghỉ");
  assert.equal(salesPointCategoryName("post_office", "en"), "Post office");
});

test("recognises only known categories", () => {
  assert.ok(isSalesPointCategory("market"));
  assert.ok(!isSalesPointCategory("shop"));
  assert.ok(!isSalesPointCategory(3));
});
