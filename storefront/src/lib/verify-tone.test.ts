import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { CERTIFICATE_STATUS_LABELS, type EffectiveCertificateStatus } from "@ocop/domain"
import { verifyTone } from "./verify-tone"

describe("verifyTone", () => {
  it("is green only when the certificate is listable", () => {
    for (const status of ["valid", "expiring_soon", "reevaluation_pending", "extended"] as const) {
      assert.equal(verifyTone({ listable: true, effective_status: status }), "ok", status)
    }
  })

  it("never shows green for a listable-looking status the backend says is not listable", () => {
    assert.equal(verifyTone({ listable: false, effective_status: "valid" }), "neutral")
  })

  it("is red for expired, revoked, suspended, rejected and superseded certificates", () => {
    for (const status of ["expired", "revoked", "suspended", "rejected", "superseded"] as const) {
      assert.equal(verifyTone({ listable: false, effective_status: status }), "bad", status)
    }
  })

  it("is neutral for a certificate still under review", () => {
    assert.equal(verifyTone({ listable: false, effective_status: "pending_review" }), "neutral")
  })

  it("has a tone for every status the domain knows", () => {
    for (const status of Object.keys(CERTIFICATE_STATUS_LABELS) as EffectiveCertificateStatus[]) {
      assert.ok(["ok", "bad", "neutral"].includes(verifyTone({ listable: false, effective_status: status })))
    }
  })
})
