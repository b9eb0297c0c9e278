import { CERTIFICATE_STATUSES, CERTIFICATE_TRANSITIONS, SUPERSEDE_REASONS } from "@ocop/domain"
import { CERTIFICATE_EVENTS, certificateFactEvent } from "../events"

describe("certificate fact events", () => {
  it("names every transition the state machine allows", () => {
    const named = new Set(Object.values(CERTIFICATE_EVENTS))
    for (const from of CERTIFICATE_STATUSES) {
      for (const to of CERTIFICATE_TRANSITIONS[from]) {
        expect(named).toContain(certificateFactEvent({ from, to }))
      }
    }
  })

  it("tells a reinstatement from an approval, and names a replacement after its reason", () => {
    expect(certificateFactEvent({ from: null, to: "pending_review" })).toBe("ocop.certificate.recorded")
    expect(certificateFactEvent({ from: "pending_review", to: "valid" })).toBe("ocop.certificate.approved")
    expect(certificateFactEvent({ from: "suspended", to: "valid" })).toBe("ocop.certificate.reinstated")
    expect(certificateFactEvent({ from: "suspended", to: "extended" })).toBe("ocop.certificate.reinstated")
    expect(certificateFactEvent({ from: "suspended", to: "revoked" })).toBe("ocop.certificate.revoked")
    expect(certificateFactEvent({ from: "valid", to: "extended" })).toBe("ocop.certificate.extended")
    for (const reason of SUPERSEDE_REASONS) {
      expect(certificateFactEvent({ from: "valid", to: "superseded", superseded_reason: reason })).toBe(`ocop.certificate.${reason}`)
    }
    expect(certificateFactEvent({ from: "expired", to: "superseded" })).toBe("ocop.certificate.superseded")
  })
})
