import { test } from "node:test";
import assert from "node:assert/strict";
import { PRODUCT_SETS, SECTORS, isSectorCode, isShippableProductSet, productSet, productSetsInSector, sector } from "./product-sets";

test("there are 26 product sets numbered 1 to 26 in order", () => {
  assert.equal(PRODUCT_SETS.length, 26);
  PRODUCT_SETS.forEach((s, i) => assert.equal(s.code, i + 1));
  for (const s of PRODUCT_SETS) assert.ok(s.vi && s.en, `set ${s.code} needs both names`);
});

test("sectors I–VI hold 13, 4, 3, 2, 3 and 1 product sets", () => {
  assert.deepEqual(
    SECTORS.map((s) => productSetsInSector(s.code).length),
    [13, 4, 3, 2, 3, 1]
  );
});

test("only sector VI, community tourism, is a non-shippable service", () => {
  assert.deepEqual(
    SECTORS.filter((s) => !s.shippable).map((s) => s.code),
    ["VI"]
  );
  assert.equal(isShippableProductSet(26), false);
  assert.equal(isShippableProductSet(9), true);
  assert.equal(isShippableProductSet(99), false);
});

test("productSet finds a set by its Decision 26/2026 number as used in the demo dataset", () => {
  assert.equal(productSet(9)?.vi, "Tương, nước mắm, gia vị dạng lỏng khác");
  assert.equal(productSet(14)?.vi, "Rượu trắng");
  assert.equal(productSet(1)?.vi, "Rau, củ, quả, hạt tươi");
  assert.equal(productSet(0), undefined);
  assert.equal(productSet(27), undefined);
});

test("sector accepts a sector code or a product set number", () => {
  assert.equal(sector("II")?.en, "Beverages");
  assert.equal(sector(18)?.code, "III");
  assert.equal(sector(21)?.code, "IV");
  assert.equal(sector(42), undefined);
  assert.equal(isSectorCode("VI"), true);
  assert.equal(isSectorCode("VII"), false);
});
