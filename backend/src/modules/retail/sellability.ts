import { effectiveStatus, isListable, isProducerSelling, isProductListable, liveCertificate, type ProducerLike } from "@ocop/domain"

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

const PRODUCER_REASON_VI: Record<string, string> = {
  pending_approval: "chủ thể OCOP chưa được Văn phòng OCOP duyệt",
  rejected: "chủ thể OCOP không được Văn phòng OCOP duyệt",
  suspended: "chủ thể OCOP đang bị Văn phòng OCOP tạm ngừng",
}

/** What the counter needs to know of a product to decide whether it may be sold. */
export type ProductSaleFacts = {
  certificates: CertificateRow[]
  /** the product's producer (null for an office-entered product without one) */
  producer: ProducerLike | null
  metadata: Record<string, unknown> | null
}

/** Facts of a product missing from a read (deleted meanwhile): nothing to sell. */
export const NO_SALE_FACTS: ProductSaleFacts = { certificates: [], producer: null, metadata: null }

export type Sellability = {
  ocop: null | { stars: number; certificate_status: string; verification_code: string; listable: boolean; certificate_id: string }
  local_non_ocop: boolean
  sellable_as_ocop: boolean
  sellable: boolean
  reason_vi?: string
}

/**
 * Whether the counter may sell a product now. A product with any OCOP certificate is sold only while
 * it is listable by the shared rule (`isProductListable`: live certificate valid and producer approved);
 * a revoked product cannot be sold "as a local product" either. A product that never had a certificate
 * is sold only when marked as a local non-OCOP product, and only while its producer is approved.
 */
export function sellabilityOf({ certificates, producer, metadata }: ProductSaleFacts, now: Date): Sellability {
  const local = isLocalNonOcop(metadata)
  const producerSelling = isProducerSelling(producer)
  const producerReason = `không được bán: ${PRODUCER_REASON_VI[String(producer?.approval_status)] ?? "chủ thể OCOP chưa được duyệt"}`
  if (!certificates.length) {
    if (!local) {
      return {
        ocop: null,
        local_non_ocop: false,
        sellable_as_ocop: false,
        sellable: false,
        reason_vi: "không được bán: sản phẩm chưa có chứng nhận OCOP và chưa được đăng ký là sản phẩm địa phương",
      }
    }
    return producerSelling
      ? { ocop: null, local_non_ocop: true, sellable_as_ocop: false, sellable: true }
      : { ocop: null, local_non_ocop: true, sellable_as_ocop: false, sellable: false, reason_vi: producerReason }
  }
  const live = liveCertificate(certificates)
  const listable = isProductListable(live, producer, now)
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
  if (listable) {
    return { ocop, local_non_ocop: local, sellable_as_ocop: true, sellable: true }
  }
  // certificate fine but producer not approved: say so rather than blame the certificate
  const certificateFine = isListable(live, now)
  return {
    ocop,
    local_non_ocop: local,
    sellable_as_ocop: false,
    sellable: false,
    reason_vi:
      certificateFine && !producerSelling
        ? producerReason
        : `không được bán: ${REASON_VI[status] ?? "không có chứng nhận OCOP còn hiệu lực"}`,
  }
}
