import { test } from "node:test";
import assert from "node:assert/strict";
import { neutraliseSpreadsheetFormula } from "./spreadsheet";

test("prefixes text that a spreadsheet would run as a formula with a single quote", () => {
  for (const s of ['=HYPERLINK("https://evil.example","Bấm")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
    assert.equal(neutraliseSpreadsheetFormula(s), `'${s}`, JSON.stringify(s));
  }
});

test("leaves ordinary text, numbers and empty values alone", () => {
  assert.equal(neutraliseSpreadsheetFormula("Mật ong rừng = ngon"), "Mật ong rừng = ngon");
  assert.equal(neutraliseSpreadsheetFormula(""), "");
  assert.equal(neutraliseSpreadsheetFormula(-125000), -125000);
  assert.equal(neutraliseSpreadsheetFormula(42.5), 42.5);
  assert.equal(neutraliseSpreadsheetFormula(null), null);
  assert.equal(neutraliseSpreadsheetFormula(undefined), undefined);
});
