import { test } from "node:test";
import assert from "node:assert/strict";
import { VIETNAM_GS1_PREFIX, gtinCheckDigit, isRestrictedCirculationGtin, isValidGtin, isVietnamGtin, withCheckDigit } from "./gtin";

test("isValidGtin accepts correct GTIN-8, -12, -13 and -14 codes", () => {
  assert.equal(isValidGtin("96385074"), true); // GTIN-8
  assert.equal(isValidGtin("036000291452"), true); // GTIN-12 (UPC-A)
  assert.equal(isValidGtin("4006381333931"), true); // GTIN-13
  assert.equal(isValidGtin("10614141000415"), true); // GTIN-14
});

test("isValidGtin rejects a wrong check digit", () => {
  assert.equal(isValidGtin("4006381333932"), false);
  assert.equal(isValidGtin("96385075"), false);
});

test("isValidGtin rejects other lengths and non-digits", () => {
  for (const bad of ["", "1234567", "12345678901", "400638133393", "4006381333931 ", "40063813339a1", "123456789012345"]) {
    assert.equal(isValidGtin(bad), false, JSON.stringify(bad));
  }
});

test("gtinCheckDigit computes the mod-10 digit and refuses non-digit bodies", () => {
  assert.equal(gtinCheckDigit("400638133393"), 1);
  assert.equal(gtinCheckDigit("893123456789"), 7);
  assert.equal(gtinCheckDigit("0001234560001"), 2);
  assert.throws(() => gtinCheckDigit("89312345678x"), RangeError);
  assert.throws(() => gtinCheckDigit(""), RangeError);
});

test("withCheckDigit builds a valid code from its body", () => {
  const code = withCheckDigit("893123456789");
  assert.equal(code, "8931234567897");
  assert.equal(isValidGtin(code), true);
});

test("Vietnamese GTINs start with 893; demo codes use the restricted range 20–29", () => {
  assert.equal(VIETNAM_GS1_PREFIX, "893");
  assert.equal(isVietnamGtin("8931234567897"), true);
  assert.equal(isVietnamGtin("4006381333931"), false);
  const demo = withCheckDigit("200000000001");
  assert.equal(isRestrictedCirculationGtin(demo), true);
  assert.equal(isVietnamGtin(demo), false);
  assert.equal(isRestrictedCirculationGtin("8931234567897"), false);
});
