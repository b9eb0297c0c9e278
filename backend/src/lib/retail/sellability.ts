import { effectiveStatus, isListable, liveCertificate } from "@ocop/domain"

export type CertificateRow = {
  id: string
  status: string
  stars: number
  verification_code: string
  valid_until: string
  extension_until: string | null
  issued_at: string | null
  superseded_by_id?: string | null
  issuer?: string
  decision_number?: string
}

/** Metadata flag of a local product stocked at points of sale without an OCOP certificate (never badged, never online). */
export const LOCAL_NON_OCOP_FLAG = "ocop_local_non_ocop"

export const isLocalNonOcop = (metadata: Record<string, unknown> | null | undefined) =>
  metadata?.[LOCAL_NON_OCOP_FLAG] === true || metadata?.[LOCAL_NON_OCOP_FLAG] === "true"

const REASON_VI: Record<string, string> = {
  revoked: "chứng nhận OCOP đã bị thu hồi",
  suspended: "chứng nhận OCOP đang bị tạm dừng để xem xét",
  expired: "chứng nhận OCOP đã hết hiệu lực",
  pending_review: "chứng nhận OCOP đang chờ thẩm định",
  rejected: "chứng nhận OCOP bị từ chối",
  superseded: "không có chứng nhận OCOP còn hiệu lực",
}

export type Sellability = {
  ocop: null | { stars: number; certificate_status: string; verification_code: string; listable: boolean; certificate_id: string }
  local_non_ocop: boolean
  sellable_as_ocop: boolean
  sellable: boolean
  reason_vi?: string
}

/**
 * Whether the counter may sell a product now. A product with any OCOP certificate is sold only while
 * its live certificate is listable (a revoked product cannot be sold "as a local product" either).
 * A product that never had a certificate is sold only when marked as a local non-OCOP product.
 */
export function sellabilityOf(certificates: CertificateRow[], metadata: Record<string, unknown> | null, now: Date): Sellability {
  const local = isLocalNonOcop(metadata)
  if (!certificates.length) {
    return local
      ? { ocop: null, local_non_ocop: true, sellable_as_ocop: false, sellable: true }
      : {
          ocop: null,
          local_non_ocop: false,
          sellable_as_ocop: false,
          sellable: false,
          reason_vi: "không được bán: sản phẩm chưa có chứng nhận OCOP và chưa được đăng ký là sản phẩm địa phương",
        }
  }
  const live = liveCertificate(certificates)
  const listable = isListable(live, now)
  let status = "superseded"
  if (live) {
    try {
      status = effectiveStatus(live, now)
    } catch {
      status = live.status
    }
  }
  const ocop = live
    ? { stars: live.stars, certificate_status: status, verification_code: live.verification_code, listable, certificate_id: live.id }
    : null
  return listable
    ? { ocop, local_non_ocop: local, sellable_as_ocop: true, sellable: true }
    : {
        ocop,
        local_non_ocop: local,
        sellable_as_ocop: false,
        sellable: false,
        reason_vi: `không được bán: ${REASON_VI[status] ?? "không có chứng nhận OCOP còn hiệu lực"}`,
      }
}
