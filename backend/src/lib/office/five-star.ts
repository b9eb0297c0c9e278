import { issuerFitsStars, isCertifiedStars } from "@ocop/domain"
import { ocopError } from "../errors"
import { fiveStarIsMinistrys, type OfficeScope } from "./scope"

const issuerNotMinistry = () =>
  ocopError(
    "INVALID_DATA",
    "ocop.certificate.five_star_issuer",
    "Chứng nhận 5 sao do Bộ Nông nghiệp và Môi trường cấp, không phải Ủy ban nhân dân tỉnh; sửa cơ quan cấp cho đúng quyết định",
    "a 5-star certificate is issued by the Ministry of Agriculture and Environment, not a People's Committee"
  )

/**
 * Recording a certificate: 5★ is the ministry's (Decision 26/2026 Art. 4.1). A provincial office
 * cannot record it at all; a national one records it with the ministry as issuer.
 */
export function assertMayRecordStars(scope: OfficeScope, body: { stars?: unknown; issuer?: unknown }) {
  if (body.stars !== 5) return
  if (scope.kind === "province") throw fiveStarIsMinistrys()
  if (typeof body.issuer === "string" && !issuerFitsStars(body.issuer, 5)) throw issuerNotMinistry()
}

/**
 * Changing a certificate's state: a provincial office may place a 5★ certificate on hold
 * (suspended, e.g. after a local inspection finding) but every other decision on it — verify,
 * reject, revoke, extend, lift a hold — is the ministry's. Verifying a 5★ submission that names a
 * People's Committee as issuer is refused for everyone.
 */
export function assertMayTransition(scope: OfficeScope, certificate: { stars: number; issuer: string; status: string }, to: unknown) {
  if (certificate.stars !== 5 || !isCertifiedStars(certificate.stars)) return
  if (scope.kind === "province" && to !== "suspended") throw fiveStarIsMinistrys()
  if (certificate.status === "pending_review" && to === "valid" && !issuerFitsStars(certificate.issuer, 5)) throw issuerNotMinistry()
}
