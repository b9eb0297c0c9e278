import { test } from "node:test";
import assert from "node:assert/strict";
import { foldVietnamese, slugify } from "./text";

test("foldVietnamese strips tones and vowel marks and maps đ/Đ to d", () => {
  assert.equal(foldVietnamese("Đông trùng hạ thảo"), "dong trung ha thao");
  assert.equal(foldVietnamese("Cu đơ"), "cu do");
  assert.equal(foldVietnamese("Nước mắm Luận Nghiệp"), "nuoc mam luan nghiep");
  assert.equal(foldVietnamese("ƯỚC ĐƯỢC Ở ĂN"), "uoc duoc o an");
});

test("foldVietnamese gives the same key for precomposed and decomposed input", () => {
  const precomposed = "Hà Tĩnh".normalize("NFC");
  const decomposed = "Hà Tĩnh".normalize("NFD");
  assert.notEqual(precomposed, decomposed);
  assert.equal(foldVietnamese(precomposed), foldVietnamese(decomposed));
  assert.equal(foldVietnamese(decomposed), "ha tinh");
});

test("foldVietnamese collapses whitespace and trims", () => {
  assert.equal(foldVietnamese("  Bưởi \t Phúc\n Trạch  "), "buoi phuc trach");
  assert.equal(foldVietnamese(""), "");
});

test("slugify turns names into lowercase ASCII words joined by hyphens", () => {
  assert.equal(slugify("Nước mắm Luận Nghiệp"), "nuoc-mam-luan-nghiep");
  assert.equal(slugify("Kẹo Cu đơ Bà Hường (hộp 400g)"), "keo-cu-do-ba-huong-hop-400g");
  assert.equal(slugify("  --Trầm hương / Hương Khê--  "), "tram-huong-huong-khe");
  assert.equal(slugify("★★★"), "");
});
