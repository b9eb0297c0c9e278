import { test } from "node:test";
import assert from "node:assert/strict";
import { formatVnMobilePhone, isVnMobilePhone, normalizeVnMobilePhone, vnMobilePhoneE164 } from "./phone";

test("accepts 10-digit mobile numbers starting 03, 05, 07, 08 or 09", () => {
  for (const n of ["0312345678", "0523456789", "0701234567", "0812345678", "0901234567"]) {
    assert.equal(isVnMobilePhone(n), true, n);
    assert.equal(normalizeVnMobilePhone(n), n);
  }
});

test("accepts the international form with +84 (or 84 / 0084) and drops the national 0", () => {
  assert.equal(normalizeVnMobilePhone("+84901234567"), "0901234567");
  assert.equal(normalizeVnMobilePhone("84 901 234 567"), "0901234567");
  assert.equal(normalizeVnMobilePhone("0084901234567"), "0901234567");
  assert.equal(vnMobilePhoneE164("0901234567"), "+84901234567");
  assert.equal(vnMobilePhoneE164("+84 39 123 4567"), "+84391234567");
});

test("ignores spaces, dots, dashes and brackets between digits", () => {
  assert.equal(normalizeVnMobilePhone(" 090 123 4567 "), "0901234567");
  assert.equal(normalizeVnMobilePhone("0901.234.567"), "0901234567");
  assert.equal(normalizeVnMobilePhone("(090) 123-4567"), "0901234567");
});

test("refuses other prefixes, wrong lengths, landlines, +84 with the national 0 and non-digits", () => {
  for (const n of [
    "0101234567", // 01x was retired in 2018
    "0201234567",
    "0612345678",
    "01234567890", // old 11-digit form
    "090123456", // 9 digits
    "09012345678", // 11 digits
    "02393855555", // Hà Tĩnh landline
    "+840901234567",
    "+85 901234567",
    "09o1234567",
    "",
  ]) {
    assert.equal(isVnMobilePhone(n), false, n);
    assert.equal(normalizeVnMobilePhone(n), null, n);
  }
  assert.equal(isVnMobilePhone(901234567), false);
  assert.equal(isVnMobilePhone(undefined), false);
});

test("formats a valid number as 0901 234 567 and leaves an invalid one as typed", () => {
  assert.equal(formatVnMobilePhone("+84901234567"), "0901 234 567");
  assert.equal(formatVnMobilePhone("12345"), "12345");
});
