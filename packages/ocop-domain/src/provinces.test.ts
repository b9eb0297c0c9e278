import { test } from "node:test";
import assert from "node:assert/strict";
import {
  LEGACY_PROVINCES,
  LEGACY_PROVINCE_CODES,
  PROVINCES,
  currentProvinceCode,
  isProvinceCode,
  legacyProvinceName,
  provinceFullName,
  provinceName,
} from "./provinces";

test("there are 34 current provinces and cities with unique two-digit codes", () => {
  assert.equal(PROVINCES.length, 34);
  assert.equal(new Set(PROVINCES.map((p) => p.code)).size, 34);
  for (const p of PROVINCES) assert.match(p.code, /^\d{2}$/);
  assert.equal(PROVINCES.filter((p) => p.kind === "city").length, 6);
});

test("Hà Tĩnh is 42 and the merged Quảng Trị is 44", () => {
  assert.equal(provinceName("42"), "Hà Tĩnh");
  assert.equal(provinceName("44"), "Quảng Trị");
  assert.equal(provinceFullName("42"), "Tỉnh Hà Tĩnh");
  assert.equal(provinceFullName("46"), "Thành phố Huế");
});

test("codes that only existed before 1/7/2025 are not current provinces", () => {
  assert.equal(provinceName("45"), undefined);
  assert.equal(isProvinceCode("45"), false);
  assert.equal(provinceName("99"), undefined);
});

test("the demo dataset's old Quảng Trị code 45 maps to 44 and Hà Tĩnh stays 42", () => {
  assert.equal(LEGACY_PROVINCE_CODES["45"], "44");
  assert.equal(LEGACY_PROVINCE_CODES["42"], "42");
  assert.equal(currentProvinceCode("44"), "44"); // old Quảng Bình joined the new Quảng Trị
  assert.equal(legacyProvinceName("45"), "Quảng Trị");
  assert.equal(legacyProvinceName("44"), "Quảng Bình");
});

test("all 63 former provinces map onto one of the 34 current ones, and each current one is covered", () => {
  assert.equal(LEGACY_PROVINCES.length, 63);
  assert.equal(new Set(LEGACY_PROVINCES.map((p) => p.code)).size, 63);
  for (const p of LEGACY_PROVINCES) assert.equal(isProvinceCode(p.current), true, p.code);
  assert.equal(new Set(LEGACY_PROVINCES.map((p) => p.current)).size, 34);
  // Each current province kept the code of one of the provinces it absorbed.
  for (const p of PROVINCES) assert.equal(LEGACY_PROVINCE_CODES[p.code], p.code, p.code);
});

test("currentProvinceCode answers undefined for codes that never existed", () => {
  assert.equal(currentProvinceCode("03"), undefined);
  assert.equal(currentProvinceCode("toString"), undefined);
});
