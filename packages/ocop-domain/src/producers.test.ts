import { test } from "node:test";
import assert from "node:assert/strict";
import { PRODUCER_TYPES, isProducerType, producerTypeFromLabel, producerTypeLabel } from "./producers";

test("there are seven producer types with unique codes and both names", () => {
  assert.deepEqual(
    PRODUCER_TYPES.map((p) => p.code),
    ["HTX", "THT", "DN_NVV", "TRANG_TRAI", "HO_SXKD", "HOI_HIEP_HOI", "TT_DIEU_HANH"]
  );
  for (const p of PRODUCER_TYPES) assert.ok(p.vi && p.en);
});

test("associations and operating centres may apply only for community tourism", () => {
  assert.deepEqual(
    PRODUCER_TYPES.filter((p) => p.tourismOnly).map((p) => p.code),
    ["HOI_HIEP_HOI", "TT_DIEU_HANH"]
  );
});

test("producerTypeFromLabel maps every ptype value in the demo dataset", () => {
  assert.equal(producerTypeFromLabel("Hộ SXKD"), "HO_SXKD");
  assert.equal(producerTypeFromLabel("Doanh nghiệp"), "DN_NVV");
  assert.equal(producerTypeFromLabel("Hợp tác xã"), "HTX");
  assert.equal(producerTypeFromLabel("Tổ hợp tác"), "THT");
});

test("producerTypeFromLabel accepts full names, abbreviations, codes and odd spacing or case", () => {
  assert.equal(producerTypeFromLabel("Trang trại"), "TRANG_TRAI");
  assert.equal(producerTypeFromLabel("  hợp   tác xã "), "HTX");
  assert.equal(producerTypeFromLabel("HTX"), "HTX");
  assert.equal(producerTypeFromLabel("dn_nvv"), "DN_NVV");
  assert.equal(producerTypeFromLabel("Hộ sản xuất kinh doanh"), "HO_SXKD");
  assert.equal(producerTypeFromLabel("Doanh nghiệp nhỏ và vừa"), "DN_NVV");
  assert.equal(producerTypeFromLabel("Hội/hiệp hội"), "HOI_HIEP_HOI");
  assert.equal(producerTypeFromLabel("Hội, hiệp hội"), "HOI_HIEP_HOI");
  assert.equal(producerTypeFromLabel("Trung tâm điều hành"), "TT_DIEU_HANH");
});

test("producerTypeFromLabel does not confuse a co-operative group with a co-operative", () => {
  assert.equal(producerTypeFromLabel("Tổ hợp tác"), "THT");
  assert.notEqual(producerTypeFromLabel("Tổ hợp tác"), "HTX");
});

test("unknown labels map to null instead of a guess", () => {
  for (const l of ["", "Cá nhân", "Tập đoàn", "toString", "constructor"]) assert.equal(producerTypeFromLabel(l), null, l);
});

test("producerTypeLabel returns the Vietnamese and English names of a code", () => {
  assert.deepEqual(producerTypeLabel("HO_SXKD"), { vi: "Hộ sản xuất kinh doanh", en: "Registered household business" });
  assert.equal(isProducerType("HTX"), true);
  assert.equal(isProducerType("Hợp tác xã"), false);
});
