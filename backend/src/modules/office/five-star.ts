import { issuerFitsStars } from "@ocop/domain"
import { fiveStarIsMinistrys, issuerNotMinistry } from "./errors"
import type { OfficeScope } from "./scope"

/** 5★ is the ministry's (Decision 26/2026 Art. 4.1): a provincial office cannot record one at all. */
export function assertScopeMayRecordStars(scope: OfficeScope, stars: unknown) {
  if (stars === 5 && scope.kind === "province") throw fiveStarIsMinistrys()
}

/**
 * A provincial office may place a 5★ certificate on hold (suspended, e.g. after a local inspection
 * finding); every other decision on it — verify, reject, revoke, extend, lift a hold — is the ministry's.
 */
export function assertScopeMayTransition(scope: OfficeScope, certificate: { stars: number }, to: unknown) {
  if (certificate.stars === 5 && scope.kind === "province" && to !== "suspended") throw fiveStarIsMinistrys()
}

/**
 * Whoever records or verifies it, a 5★ certificate names the ministry as issuer, never a People's
 * Committee. Checked after validation (the handler), so malformed input keeps its own message.
 */
export function assertIssuerFitsStars(certificate: { stars: number; issuer: string }) {
  if (certificate.stars === 5 && !issuerFitsStars(certificate.issuer, 5)) throw issuerNotMinistry()
}
