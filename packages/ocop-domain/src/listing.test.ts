import { test } from "node:test";
import assert from "node:assert/strict";
import { effectiveStatus, isListable, listingSqlParameters, liveCertificate, type CertificateLike } from "./listing";

/** Noon in Vietnam on a calendar day. */
const vn = (d: string, time = "12:00:00") => new Date(`${d}T${time}+07:00`);
const demoToday = vn("2026-09-01");

test("a valid certificate with more than 180 days left is valid", () => {
  assert.equal(effectiveStatus({ status: "valid", valid_until: "2027-10-15" }, demoToday), "valid");
});

test("a valid certificate becomes expiring soon with exactly 180 days left", () => {
  assert.equal(effectiveStatus({ status: "valid", valid_until: "2027-02-28" }, demoToday), "expiring_soon"); // 180 days
  assert.equal(effectiveStatus({ status: "valid", valid_until: "2027-03-01" }, demoToday), "valid"); // 181 days
});

test("the last day of validity is listable and the next day is expired, in Vietnam time", () => {
  const cert = { status: "valid", valid_until: "2026-09-30" };
  assert.equal(isListable(cert, vn("2026-09-30", "23:59:59")), true);
  assert.equal(effectiveStatus(cert, vn("2026-10-01", "00:00:00")), "expired");
  assert.equal(isListable(cert, vn("2026-10-01", "00:00:00")), false);
  // 23:30 UTC on 30/9 is already 1/10 in Vietnam.
  assert.equal(isListable(cert, new Date("2026-09-30T17:30:00Z")), false);
});

test("a re-evaluation pending certificate stays listable until valid_until, then expires", () => {
  const cert = { status: "reevaluation_pending", valid_until: "2026-09-20" };
  assert.equal(effectiveStatus(cert, demoToday), "reevaluation_pending");
  assert.equal(isListable(cert, vn("2026-09-20")), true);
  assert.equal(effectiveStatus(cert, vn("2026-09-21")), "expired");
});

test("an extended certificate is listable until extension_until, capped at 180 days past expiry", () => {
  // HT24 in the demo dataset: expired 30/6/2026, transitional extension to 27/12/2026 at most.
  const ht24 = { status: "extended", valid_until: "2026-06-30", extension_until: "2026-12-27" };
  assert.equal(effectiveStatus(ht24, demoToday), "extended");
  assert.equal(isListable(ht24, vn("2026-12-27")), true);
  assert.equal(isListable(ht24, vn("2026-12-28")), false);
  const overlong = { ...ht24, extension_until: "2027-06-30" };
  assert.equal(effectiveStatus(overlong, vn("2026-12-28")), "expired");
});

test("an extended certificate without extension_until ends at valid_until", () => {
  assert.equal(effectiveStatus({ status: "extended", valid_until: "2026-06-30", extension_until: null }, demoToday), "expired");
});

test("stored non-live statuses are returned unchanged and are never listable", () => {
  for (const status of ["pending_review", "suspended", "expired", "revoked", "superseded", "rejected"]) {
    const cert = { status, valid_until: "2028-01-01" };
    assert.equal(effectiveStatus(cert, demoToday), status);
    assert.equal(isListable(cert, demoToday), false, status);
  }
});

test("valid, expiring soon, re-evaluation pending and extended certificates are listable", () => {
  assert.equal(isListable({ status: "valid", valid_until: "2028-01-01" }, demoToday), true);
  assert.equal(isListable({ status: "valid", valid_until: "2026-12-01" }, demoToday), true);
  assert.equal(isListable({ status: "reevaluation_pending", valid_until: "2026-12-01" }, demoToday), true);
  assert.equal(isListable({ status: "extended", valid_until: "2026-08-01", extension_until: "2026-10-01" }, demoToday), true);
});

test("isListable fails closed on a missing certificate, unknown status or unreadable date", () => {
  assert.equal(isListable(null, demoToday), false);
  assert.equal(isListable(undefined, demoToday), false);
  assert.equal(isListable({ status: "VALID", valid_until: "2028-01-01" }, demoToday), false);
  assert.equal(isListable({ status: "valid", valid_until: "31/12/2028" }, demoToday), false);
  assert.throws(() => effectiveStatus({ status: "active", valid_until: "2028-01-01" }, demoToday), RangeError);
});

test("Date values for valid_until are read as Vietnam calendar days", () => {
  const cert = { status: "valid", valid_until: new Date("2026-09-29T17:00:00Z") }; // 30/9 00:00 in Vietnam
  assert.equal(isListable(cert, vn("2026-09-30", "23:00:00")), true);
  assert.equal(isListable(cert, vn("2026-10-01", "00:30:00")), false);
});

test("demo dataset rows get the statuses the reference computed for 2026-09-01", () => {
  const rows: Array<[string, string]> = [
    ["2027-10-15", "valid"], // HT01
    ["2026-09-20", "expiring_soon"],
    ["2026-11-15", "expiring_soon"],
    ["2026-12-28", "expiring_soon"],
    ["2026-07-20", "expired"],
    ["2025-02-21", "expired"],
    ["2029-06-25", "valid"], // HT23b renewal
  ];
  for (const [valid_until, expected] of rows) {
    assert.equal(effectiveStatus({ status: "valid", valid_until }, demoToday), expected, valid_until);
  }
});

type Cert = CertificateLike & { id: string };

test("liveCertificate ignores superseded and rejected certificates", () => {
  const certs: Cert[] = [
    { id: "old", status: "superseded", valid_until: "2026-06-30", issued_at: "2023-06-30" },
    { id: "new", status: "valid", valid_until: "2029-06-25", issued_at: "2026-06-25" },
    { id: "bad", status: "rejected", valid_until: "2030-01-01", issued_at: "2027-01-01" },
  ];
  assert.equal(liveCertificate(certs)?.id, "new");
  assert.equal(liveCertificate(certs.filter((c) => c.id !== "new")), null);
});

test("liveCertificate prefers the latest decided certificate, even an expired one, over a pending submission", () => {
  const certs: Cert[] = [
    { id: "pending", status: "pending_review", valid_until: "2029-09-01", issued_at: "2026-09-01" },
    { id: "expired", status: "expired", valid_until: "2026-03-31", issued_at: "2023-03-31" },
    { id: "older", status: "revoked", valid_until: "2025-12-30", issued_at: "2022-12-30" },
  ];
  assert.equal(liveCertificate(certs)?.id, "expired");
});

test("liveCertificate falls back to the latest pending submission and then to null", () => {
  const certs: Cert[] = [
    { id: "p1", status: "pending_review", valid_until: "2028-01-01", issued_at: "2025-01-01" },
    { id: "p2", status: "pending_review", valid_until: "2029-01-01", issued_at: "2026-01-01" },
    { id: "p0", status: "pending_review", valid_until: "2027-01-01", issued_at: null },
  ];
  assert.equal(liveCertificate(certs)?.id, "p2");
  assert.equal(liveCertificate([]), null);
});

test("liveCertificate treats a missing issued_at as oldest and breaks ties by array order", () => {
  const certs: Cert[] = [
    { id: "a", status: "valid", valid_until: "2028-01-01", issued_at: "2025-01-01" },
    { id: "b", status: "valid", valid_until: "2028-01-01" },
    { id: "c", status: "suspended", valid_until: "2028-01-01", issued_at: new Date("2025-01-01T03:00:00Z") },
  ];
  assert.equal(liveCertificate(certs)?.id, "c");
});

test("a product is listable only when its certificate is listable and its producer is approved", async () => {
  const { isProductListable, isProducerSelling } = await import("./listing");
  const cert = { status: "valid", valid_until: "2027-10-15" };
  assert.equal(isProductListable(cert, { approval_status: "approved" }, demoToday), true);
  for (const s of ["pending_approval", "rejected", "suspended", "", null]) {
    assert.equal(isProductListable(cert, { approval_status: s }, demoToday), false, String(s));
  }
  assert.equal(isProducerSelling({}), false);
  // an office-entered listing without a producer is judged on its certificate alone
  assert.equal(isProductListable(cert, null, demoToday), true);
  assert.equal(
    isProductListable({ status: "pending_review", valid_until: "2027-10-15" }, { approval_status: "approved" }, demoToday),
    false
  );
  assert.equal(isProductListable(null, { approval_status: "approved" }, demoToday), false);
});

test("the listing rule's SQL parameters agree with isListable on the day and the extension cap", () => {
  const p = listingSqlParameters(vn("2026-09-01", "00:30:00"));
  assert.equal(p.today, "2026-09-01");
  assert.equal(p.extension_floor, "2026-03-05");
  assert.deepEqual(p.listable_statuses, ["valid", "reevaluation_pending", "extended"]);
  // an extension reaching today on a certificate that ended 180 days ago is listable, 181 is not
  assert.equal(isListable({ status: "extended", valid_until: "2026-03-05", extension_until: "2026-12-01" }, vn("2026-09-01")), true);
  assert.equal(isListable({ status: "extended", valid_until: "2026-03-04", extension_until: "2026-12-01" }, vn("2026-09-01")), false);
});
