import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CERTIFICATE_STATUSES,
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_TRANSITIONS,
  CertificateTransitionError,
  LISTABLE_STATUSES,
  REVOCATION_GROUNDS,
  SUPERSEDE_REASONS,
  SUPERSEDE_REASON_LABELS,
  assertTransition,
  canTransition,
  isCertificateStatus,
  isRevocationGround,
} from "./certificate-state";

test("a submitted certificate is either verified as valid or rejected", () => {
  assert.equal(canTransition("pending_review", "valid"), true);
  assert.equal(canTransition("pending_review", "rejected"), true);
  assert.equal(canTransition("pending_review", "expired"), false);
  assert.equal(canTransition("pending_review", "superseded"), false);
});

test("a valid certificate can be re-evaluated, extended, suspended, expire, be revoked or superseded", () => {
  for (const to of ["reevaluation_pending", "extended", "suspended", "expired", "revoked", "superseded"]) {
    assert.equal(canTransition("valid", to), true, to);
  }
  assert.equal(canTransition("valid", "pending_review"), false);
  assert.equal(canTransition("valid", "rejected"), false);
});

test("a re-evaluation ends in a new certificate, an extension, a hold, expiry or revocation", () => {
  assert.equal(canTransition("reevaluation_pending", "superseded"), true);
  assert.equal(canTransition("reevaluation_pending", "extended"), true);
  assert.equal(canTransition("reevaluation_pending", "expired"), true);
  assert.equal(canTransition("reevaluation_pending", "valid"), false);
  assert.equal(canTransition("extended", "reevaluation_pending"), false);
  assert.equal(canTransition("extended", "superseded"), true);
});

test("clearing a suspension returns to a live state, but a held certificate is not superseded", () => {
  for (const to of ["valid", "reevaluation_pending", "extended", "revoked", "expired"]) {
    assert.equal(canTransition("suspended", to), true, to);
  }
  assert.equal(canTransition("suspended", "superseded"), false);
});

test("an expired certificate can only be superseded by a late decision or revoked", () => {
  assert.deepEqual([...CERTIFICATE_TRANSITIONS.expired].sort(), ["revoked", "superseded"]);
  assert.equal(canTransition("expired", "valid"), false);
});

test("revoked, superseded and rejected are final", () => {
  for (const from of ["revoked", "superseded", "rejected"] as const) {
    assert.equal(CERTIFICATE_TRANSITIONS[from].length, 0);
    for (const to of CERTIFICATE_STATUSES) assert.equal(canTransition(from, to), false);
  }
});

test("no status transitions to itself and every target is a known status", () => {
  for (const from of CERTIFICATE_STATUSES) {
    assert.equal(canTransition(from, from), false);
    for (const to of CERTIFICATE_TRANSITIONS[from]) assert.equal(isCertificateStatus(to), true);
  }
});

test("unknown statuses and the derived expiring_soon are never valid transition ends", () => {
  assert.equal(canTransition("bogus", "valid"), false);
  assert.equal(canTransition("valid", "expiring_soon"), false);
  assert.equal(isCertificateStatus("expiring_soon"), false);
});

test("assertTransition throws a coded error naming both states in Vietnamese and English", () => {
  assert.doesNotThrow(() => assertTransition("valid", "revoked"));
  let caught: unknown;
  try {
    assertTransition("revoked", "valid");
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof CertificateTransitionError);
  assert.ok(caught instanceof Error);
  assert.equal(caught.code, "ocop.certificate.transition_forbidden");
  assert.equal(caught.from, "revoked");
  assert.equal(caught.to, "valid");
  assert.equal(caught.messageVi, "Không thể chuyển giấy chứng nhận từ trạng thái «Đã thu hồi» sang «Còn hiệu lực»");
  assert.match(caught.messageEn, /Revoked.*Valid/);
  assert.equal(caught.message, caught.messageEn);
});

test("every effective status has a Vietnamese and English label", () => {
  for (const s of [...CERTIFICATE_STATUSES, "expiring_soon"] as const) {
    assert.ok(CERTIFICATE_STATUS_LABELS[s].vi.length > 0);
    assert.ok(CERTIFICATE_STATUS_LABELS[s].en.length > 0);
  }
  assert.equal(CERTIFICATE_STATUS_LABELS.suspended.vi, "Đang xem xét");
  assert.equal(CERTIFICATE_STATUS_LABELS.expiring_soon.vi, "Sắp hết hạn");
  assert.equal(CERTIFICATE_STATUS_LABELS.extended.vi, "Được gia hạn chuyển tiếp");
});

test("revocation grounds follow Art. 8.1 (a)–(e) with unique snake_case codes", () => {
  assert.equal(REVOCATION_GROUNDS.length, 6);
  const codes = REVOCATION_GROUNDS.map((g) => g.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const c of codes) assert.match(c, /^[a-z]+(_[a-z]+)*$/);
  assert.equal(isRevocationGround("ocop_mark_misuse"), true);
  assert.equal(isRevocationGround("misuse"), false);
});

test("supersede reasons are renewed, upgraded, downgraded, corrected, each labelled", () => {
  assert.deepEqual([...SUPERSEDE_REASONS], ["renewed", "upgraded", "downgraded", "corrected"]);
  for (const r of SUPERSEDE_REASONS) assert.ok(SUPERSEDE_REASON_LABELS[r].vi && SUPERSEDE_REASON_LABELS[r].en);
});

test("only valid, expiring soon, re-evaluation pending and extended allow sale", () => {
  assert.deepEqual([...LISTABLE_STATUSES].sort(), ["expiring_soon", "extended", "reevaluation_pending", "valid"]);
});

test("only certificates the office decided are recognised; submissions and rejections are not", async () => {
  const { isRecognisedByOffice } = await import("./certificate-state");
  for (const s of ["valid", "reevaluation_pending", "extended", "suspended", "expired", "revoked", "superseded"]) {
    assert.equal(isRecognisedByOffice(s), true, s);
  }
  for (const s of ["pending_review", "rejected", "made-up"]) assert.equal(isRecognisedByOffice(s), false, s);
});
