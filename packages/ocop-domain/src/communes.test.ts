import { test } from "node:test";
import assert from "node:assert/strict";
import { COMMUNES_BY_PROVINCE, HA_TINH_COMMUNES, QUANG_TRI_COMMUNES, communeFullName, communesOf, findCommune } from "./communes";
import { isProvinceCode } from "./provinces";

const count = (list: readonly { kind: string }[], kind: string) => list.filter((c) => c.kind === kind).length;

test("Hà Tĩnh has 69 units since 1/7/2025: 9 wards and 60 communes", () => {
  assert.equal(HA_TINH_COMMUNES.length, 69);
  assert.equal(count(HA_TINH_COMMUNES, "ward"), 9);
  assert.equal(count(HA_TINH_COMMUNES, "commune"), 60);
});

test("the new Quảng Trị has 78 units: 8 wards, 69 communes and the special zone Cồn Cỏ", () => {
  assert.equal(QUANG_TRI_COMMUNES.length, 78);
  assert.equal(count(QUANG_TRI_COMMUNES, "ward"), 8);
  assert.equal(count(QUANG_TRI_COMMUNES, "commune"), 69);
  assert.deepEqual(QUANG_TRI_COMMUNES.filter((c) => c.kind === "special_zone").map(communeFullName), ["Đặc khu Cồn Cỏ"]);
});

test("codes are five digits and unique; names are unique within a province and carry diacritics", () => {
  for (const [province, list] of Object.entries(COMMUNES_BY_PROVINCE)) {
    assert.equal(isProvinceCode(province), true);
    for (const c of list) assert.match(c.code, /^\d{5}$/);
    assert.equal(new Set(list.map((c) => c.code)).size, list.length, province);
    assert.equal(new Set(list.map((c) => c.vi)).size, list.length, province);
    for (const c of list) assert.equal(c.vi, c.vi.normalize("NFC"));
  }
});

test("units the demo data names are where the reference says (codes retained from old communes)", () => {
  assert.equal(communeFullName(findCommune("42", "18073")!), "Phường Thành Sen"); // pickup point
  assert.equal(communeFullName(findCommune("42", "18781")!), "Phường Hải Ninh");
  assert.equal(communeFullName(findCommune("42", "18685")!), "Xã Cẩm Bình");
  assert.equal(communeFullName(findCommune("42", "18601")!), "Xã Việt Xuyên");
  assert.equal(communeFullName(findCommune("42", "18133")!), "Xã Hương Sơn");
  assert.equal(communeFullName(findCommune("44", "18880")!), "Phường Đồng Hới");
  assert.equal(communeFullName(findCommune("44", "19333")!), "Phường Đông Hà");
});

test("provinces without a list here take free text", () => {
  assert.equal(communesOf("01"), undefined);
  assert.equal(communesOf("toString"), undefined);
  assert.equal(findCommune("01", "00004"), undefined);
  assert.equal(findCommune("42", "99999"), undefined);
});
