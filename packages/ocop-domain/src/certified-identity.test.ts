import { test } from "node:test";
import assert from "node:assert/strict";
import { certificateLocksIdentity, identityLockingCertificates, materialFields } from "./certified-identity";

const now = new Date("2026-12-07T03:00:00Z");
const cert = (status: string, valid_until = "2028-01-01") => ({ status, valid_until, issued_at: "2025-01-01" });

test("a certificate in force, on hold or under review locks the product's identity", () => {
  for (const s of ["valid", "reevaluation_pending", "extended", "suspended", "pending_review"]) {
    assert.equal(certificateLocksIdentity(cert(s), now), true, s);
  }
  // expiring soon is still in force
  assert.equal(certificateLocksIdentity(cert("valid", "2027-01-10"), now), true);
});

test("an ended certificate releases it, including one past its date the clock has not yet expired", () => {
  for (const s of ["expired", "revoked", "superseded", "rejected"]) assert.equal(certificateLocksIdentity(cert(s), now), false, s);
  assert.equal(certificateLocksIdentity(cert("valid", "2026-12-06"), now), false);
});

test("unreadable data fails closed", () => {
  assert.equal(certificateLocksIdentity(cert("made-up"), now), true);
  assert.equal(certificateLocksIdentity({ status: "valid", valid_until: "not a date" }, now), true);
});

test("identityLockingCertificates keeps only the binding ones; materialFields reads the office's marks", () => {
  assert.deepEqual(
    identityLockingCertificates([cert("revoked"), null, cert("valid")], now).map((c) => c.status),
    ["valid"]
  );
  assert.deepEqual(materialFields({ ocop_material_fields: ["description", "price", "images"] }), ["description", "images"]);
  assert.deepEqual(materialFields(null), []);
});
