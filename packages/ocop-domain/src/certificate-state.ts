/**
 * Certificate lifecycle: stored statuses, the allowed transitions, and their labels.
 * DESIGN.md §1 "Certificate states"; reference/ocop-domain.md §7.3.
 */

export const CERTIFICATE_STATUSES = [
  "pending_review",
  "valid",
  "reevaluation_pending",
  "extended",
  "suspended",
  "expired",
  "revoked",
  "superseded",
  "rejected",
] as const;

export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** `expiring_soon` is never stored: it is `valid` with ≤ 180 days left, derived from the clock. */
export type EffectiveCertificateStatus = CertificateStatus | "expiring_soon";

export function isCertificateStatus(s: unknown): s is CertificateStatus {
  return typeof s === "string" && (CERTIFICATE_STATUSES as readonly string[]).includes(s);
}

/**
 * Allowed stored-status transitions. Choices made here:
 * - pending_review is the OCOP office checking a submitted decision scan: it ends valid or rejected.
 * - A live certificate (valid, reevaluation_pending, extended) can be superseded by a new
 *   evaluation (renewal, upgrade, downgrade, correction), suspended by a platform hold,
 *   expire with time, or be revoked (Art. 8). `extended` (Art. 12.3) is entered from valid or
 *   reevaluation_pending, never the other way round.
 * - Clearing a suspension returns to the state held before it; the history is in the event log,
 *   so any of valid / reevaluation_pending / extended is accepted. A suspended certificate can
 *   also expire or be revoked, but is not superseded while on hold: clear the hold first, so the
 *   new certificate never inherits an unresolved finding silently.
 * - expired → superseded covers a late re-evaluation decision for an already lapsed certificate.
 *   expired → revoked is allowed too: the reference's T12 (Art. 10.1b, wrongly issued
 *   recognitions) and forged-dossier findings can come after expiry, and the record must say so.
 * - revoked, superseded and rejected are final for that certificate.
 */
export const CERTIFICATE_TRANSITIONS: Record<CertificateStatus, readonly CertificateStatus[]> = {
  pending_review: ["valid", "rejected"],
  valid: ["reevaluation_pending", "extended", "suspended", "expired", "revoked", "superseded"],
  reevaluation_pending: ["superseded", "extended", "suspended", "expired", "revoked"],
  extended: ["superseded", "suspended", "expired", "revoked"],
  suspended: ["valid", "reevaluation_pending", "extended", "revoked", "expired"],
  expired: ["superseded", "revoked"],
  revoked: [],
  superseded: [],
  rejected: [],
};

export const FINAL_CERTIFICATE_STATUSES: readonly CertificateStatus[] = ["revoked", "superseded", "rejected"];

/** Accepts plain strings (e.g. a database column) and answers false for unknown statuses. */
export function canTransition(from: CertificateStatus | string, to: CertificateStatus | string): boolean {
  if (!isCertificateStatus(from) || !isCertificateStatus(to)) return false;
  return CERTIFICATE_TRANSITIONS[from].includes(to);
}

export const CERTIFICATE_STATUS_LABELS: Record<EffectiveCertificateStatus, { vi: string; en: string }> = {
  pending_review: { vi: "Chờ thẩm định", en: "Pending review" },
  valid: { vi: "Còn hiệu lực", en: "Valid" },
  expiring_soon: { vi: "Sắp hết hạn", en: "Expiring soon" },
  reevaluation_pending: { vi: "Đang đánh giá lại", en: "Re-evaluation pending" },
  extended: { vi: "Được gia hạn chuyển tiếp", en: "Transitional extension" },
  // A platform hold, not a legal status: worded as "under review", not "suspended by the state".
  suspended: { vi: "Đang xem xét", en: "Under review" },
  expired: { vi: "Hết hiệu lực", en: "Expired" },
  revoked: { vi: "Đã thu hồi", en: "Revoked" },
  superseded: { vi: "Đã được thay thế", en: "Superseded" },
  rejected: { vi: "Bị từ chối", en: "Rejected" },
};

function statusLabel(status: string, lang: "vi" | "en"): string {
  const labels = CERTIFICATE_STATUS_LABELS as Record<string, { vi: string; en: string } | undefined>;
  return labels[status]?.[lang] ?? status;
}

export class CertificateTransitionError extends Error {
  readonly code = "ocop.certificate.transition_forbidden" as const;
  readonly from: string;
  readonly to: string;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(from: CertificateStatus | string, to: CertificateStatus | string) {
    const messageEn = `Cannot move the certificate from “${statusLabel(from, "en")}” to “${statusLabel(to, "en")}”`;
    super(messageEn);
    this.name = "CertificateTransitionError";
    this.from = from;
    this.to = to;
    this.messageEn = messageEn;
    this.messageVi = `Không thể chuyển giấy chứng nhận từ trạng thái «${statusLabel(from, "vi")}» sang «${statusLabel(to, "vi")}»`;
  }
}

export function assertTransition(from: CertificateStatus | string, to: CertificateStatus | string): void {
  if (!canTransition(from, to)) throw new CertificateTransitionError(from, to);
}

/** Revocation grounds, Decision 26/2026/QĐ-TTg Art. 8.1 (a)–(e); codes are stored, keep them stable. */
export const REVOCATION_GROUNDS = [
  {
    code: "forged_dossier",
    article: "8.1.a",
    vi: "Hồ sơ có thông tin gian dối, giả mạo",
    en: "Dishonest or forged information in the dossier",
  },
  {
    code: "criteria_not_met",
    article: "8.1.b",
    vi: "Sản phẩm không còn đáp ứng tiêu chí theo kết luận kiểm tra",
    en: "The product no longer meets the criteria, per an inspection conclusion",
  },
  {
    code: "legal_violation",
    article: "8.1.c",
    vi: "Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, nhãn hàng hóa",
    en: "Violation of the law on quality, food safety, environment, intellectual property or labelling",
  },
  {
    code: "ocop_mark_misuse",
    article: "8.1.d",
    vi: "Sử dụng nhãn hiệu OCOP sai quy định, gây nhầm lẫn",
    en: "Misuse of the OCOP mark that misleads about the recognised product",
  },
  {
    code: "production_stopped",
    article: "8.1.đ",
    vi: "Chủ thể không còn sản xuất sản phẩm",
    en: "The producer no longer produces the product",
  },
  {
    code: "other_competent_conclusion",
    article: "8.1.e",
    vi: "Trường hợp khác theo kết luận của cơ quan có thẩm quyền",
    en: "Other grounds on a competent authority's conclusion",
  },
] as const;

export type RevocationGround = (typeof REVOCATION_GROUNDS)[number]["code"];

export function isRevocationGround(code: unknown): code is RevocationGround {
  return REVOCATION_GROUNDS.some((g) => g.code === code);
}

/** Why a certificate was superseded; a downgrade is a new lower-star certificate, never an edit. */
export const SUPERSEDE_REASONS = ["renewed", "upgraded", "downgraded", "corrected"] as const;
export type SupersedeReason = (typeof SUPERSEDE_REASONS)[number];

export const SUPERSEDE_REASON_LABELS: Record<SupersedeReason, { vi: string; en: string }> = {
  renewed: { vi: "Đánh giá lại, giữ nguyên hạng sao", en: "Renewed at the same star rating" },
  upgraded: { vi: "Nâng hạng sao", en: "Upgraded" },
  downgraded: { vi: "Hạ hạng sao", en: "Downgraded" },
  corrected: { vi: "Cấp lại để đính chính", en: "Reissued to correct an error" },
};

export function isSupersedeReason(s: unknown): s is SupersedeReason {
  return typeof s === "string" && (SUPERSEDE_REASONS as readonly string[]).includes(s);
}

/** Effective statuses under which the product may be sold (DESIGN.md state table). */
export const LISTABLE_STATUSES = [
  "valid",
  "expiring_soon",
  "reevaluation_pending",
  "extended",
] as const satisfies readonly EffectiveCertificateStatus[];
export type ListableStatus = (typeof LISTABLE_STATUSES)[number];

/**
 * Statuses the OCOP office never recognised: a producer's submission still under review, or one the
 * office rejected. The public verification page vouches for nothing of such a record (no stars,
 * no issuer, no producer details): it says the code is not recognised by the OCOP office.
 */
export const UNRECOGNISED_STATUSES: readonly CertificateStatus[] = ["pending_review", "rejected"];

export function isRecognisedByOffice(status: CertificateStatus | string): boolean {
  return isCertificateStatus(status) && !UNRECOGNISED_STATUSES.includes(status);
}
