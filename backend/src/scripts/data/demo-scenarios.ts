/**
 * Scripted certificate histories of the demo dataset (its README): renewals that supersede an older
 * certificate, a transitional extension, a suspension and a revocation. Everything else follows the
 * dates alone.
 */
export const SUPERSEDED_BY: Record<string, { newer: string; reason: "renewed" | "upgraded" | "downgraded" }> = {
  HT23: { newer: "HT23b", reason: "renewed" },
  HT42: { newer: "HT42b", reason: "downgraded" },
  QT03: { newer: "QT03b", reason: "upgraded" },
}

export const SCRIPTED_TRANSITIONS: Record<
  string,
  { to: string; reason: string; revocation_ground?: string; extension_until?: string }
> = {
  HT13: { to: "suspended", reason: "Đang kiểm tra đột xuất chất lượng sản phẩm (demo)" },
  HT41: {
    to: "revoked",
    reason: "Sử dụng nhãn OCOP sai quy định (demo, Điều 8 QĐ 26/2026)",
    revocation_ground: "ocop_mark_misuse",
  },
  HT24: {
    to: "extended",
    reason: "Đã nộp hồ sơ đánh giá lại ngày 10/7/2026; gia hạn chuyển tiếp theo Điều 12.3 QĐ 26/2026",
    extension_until: "2026-12-27",
  },
}
