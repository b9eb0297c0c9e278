import assert from "node:assert/strict";
import { test } from "node:test";
import { isInForceOn, programmeStateOn } from "./programme-state";

const at = (day: string) => new Date(`${day}T12:00:00+07:00`);

test("a valid certificate counts as expiring soon in its last 180 days and is out of force the day after its end", () => {
  const cert = { status: "valid", valid_until: "2027-06-30" };
  assert.equal(programmeStateOn(cert, at("2026-12-31")), "valid");
  assert.equal(programmeStateOn(cert, at("2027-01-01")), "expiring_soon");
  assert.equal(isInForceOn(cert, at("2027-06-30")), true);
  assert.equal(isInForceOn(cert, at("2027-07-01")), false);
});

test("a suspension does not outlive the certificate: past its end it is out of force", () => {
  const cert = { status: "suspended", valid_until: "2027-06-30" };
  assert.equal(programmeStateOn(cert, at("2027-06-30")), "suspended");
  assert.equal(programmeStateOn(cert, at("2027-07-01")), "expired");
});

test("revoked, superseded, pending and rejected certificates are never in force", () => {
  for (const status of ["revoked", "superseded", "pending_review", "rejected"]) {
    assert.equal(isInForceOn({ status, valid_until: "2030-01-01" }, at("2027-01-01")), false, status);
  }
});
