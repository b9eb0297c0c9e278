import { test } from "node:test";
import assert from "node:assert/strict";
import { searchWords, spellingVariants, typoBudget } from "./search-terms";

test("searchWords folds accents and đ, and splits on anything but letters and digits", () => {
  assert.deepEqual(searchWords("Nước mắm Kỳ Anh!"), ["nuoc", "mam", "ky", "anh"]);
  assert.deepEqual(searchWords("  Đông-trùng hạ thảo, hộp 500g "), ["dong", "trung", "ha", "thao", "hop", "500g"]);
  assert.deepEqual(searchWords("★ ★"), []);
});

test("spellingVariants pairs i and y after the initials that allow both", () => {
  assert.deepEqual([...spellingVariants("ky")].sort(), ["ki", "ky"]);
  assert.deepEqual([...spellingVariants("mi")].sort(), ["mi", "my"]);
  assert.deepEqual([...spellingVariants("qui")].sort(), ["qui", "quy"]);
  assert.deepEqual(spellingVariants("thuy"), ["thuy"]);
  assert.deepEqual(spellingVariants("mam"), ["mam"]);
});

test("typoBudget follows the word-length thresholds and never corrects numbers", () => {
  assert.equal(typoBudget("tinh"), 0);
  assert.equal(typoBudget("trach"), 1);
  assert.equal(typoBudget("huongson"), 1);
  assert.equal(typoBudget("phuctrach"), 2);
  assert.equal(typoBudget("12345"), 0);
  assert.equal(typoBudget("500ml"), 0);
});
