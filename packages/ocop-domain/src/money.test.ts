import { test } from "node:test";
import assert from "node:assert/strict";
import { assertVndAmount, formatVnd, isVndAmount, parseVndInput } from "./money";

test("formatVnd groups thousands with dots and puts a no-break space before ₫", () => {
  assert.equal(formatVnd(1250000), "1.250.000\u00A0₫");
  assert.equal(formatVnd(65000), "65.000\u00A0₫");
  assert.equal(formatVnd(999), "999\u00A0₫");
  assert.equal(formatVnd(1000), "1.000\u00A0₫");
  assert.equal(formatVnd(0), "0\u00A0₫");
  assert.equal(formatVnd(1234567890123), "1.234.567.890.123\u00A0₫");
});

test("formatVnd shows negative amounts such as refunds with a leading minus", () => {
  assert.equal(formatVnd(-50000), "-50.000\u00A0₫");
});

test("formatVnd refuses fractional and non-finite amounts", () => {
  for (const bad of [1.5, Number.NaN, Infinity, 2 ** 53]) assert.throws(() => formatVnd(bad), RangeError);
});

test("isVndAmount accepts only non-negative safe integers", () => {
  for (const ok of [0, 1, 65000, Number.MAX_SAFE_INTEGER]) assert.equal(isVndAmount(ok), true);
  for (const bad of [-1, 0.5, Number.NaN, Infinity, "1000", null, undefined, 2 ** 53, 1000n]) {
    assert.equal(isVndAmount(bad), false);
  }
});

test("assertVndAmount throws a RangeError that says what is wrong", () => {
  assert.doesNotThrow(() => assertVndAmount(125000));
  assert.throws(() => assertVndAmount(1.5), { name: "RangeError", message: /whole number/ });
  assert.throws(() => assertVndAmount(-100), { name: "RangeError", message: /negative/ });
  assert.throws(() => assertVndAmount("1000"), { name: "RangeError", message: /number of đồng/ });
  assert.throws(() => assertVndAmount(Number.NaN), RangeError);
});

test("parseVndInput reads amounts as people type them: dots, spaces, the đồng sign", () => {
  assert.equal(parseVndInput("125.000"), 125000);
  assert.equal(parseVndInput("1.250.000 ₫"), 1250000);
  assert.equal(parseVndInput("125000"), 125000);
  assert.equal(parseVndInput("125 000"), 125000);
  assert.equal(parseVndInput("200\u00A0000 đ"), 200000);
});

test("parseVndInput refuses a comma, a fraction, a sign or nothing (VND has no minor unit)", () => {
  assert.equal(parseVndInput("12,5"), null);
  assert.equal(parseVndInput("12.50"), null);
  assert.equal(parseVndInput("-5000"), null);
  assert.equal(parseVndInput("abc"), null);
  assert.equal(parseVndInput(""), null);
  assert.equal(parseVndInput(undefined), null);
});
