import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_STATUSES, isCertifiedStars, productSet, REVOCATION_GROUNDS, starBandForScore, SUPERSEDE_REASONS } from "@ocop/domain"
import { boundedNumber, safeId, safeLongText, safeText, safeUrl } from "../../../../lib/safe-input"

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD (date must be YYYY-MM-DD)")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "Ngày không tồn tại (no such date)",
  })

export const AdminRecordCertificate = z
  .object({
    product_id: safeId("Thiếu sản phẩm (product_id is required)"),
    decision_number: safeText({ max: 100, required: "Thiếu số quyết định (decision_number is required)" }),
    issuer: safeText({ max: 300, required: "Thiếu cơ quan cấp (issuer is required)" }),
    stars: z
      .number({ message: "Số sao phải là số 3, 4 hoặc 5 (stars must be 3, 4 or 5)" })
      // refine, not min/max: Medusa rewrites zod's range messages in English
      .refine(isCertifiedStars, "Chỉ sản phẩm đạt 3, 4 hoặc 5 sao được công nhận OCOP (stars must be 3, 4 or 5)"),
    score: boundedNumber({ min: 0, max: 100, message: "Điểm phải là số từ 0 đến 100 (score is a number 0–100)" }).nullish(),
    product_set: z.number().refine((n) => !!productSet(n), "Bộ sản phẩm phải là số từ 1 đến 26 (product_set is 1–26)"),
    issued_at: isoDate,
    valid_until: isoDate.optional(),
    status: z.enum(["valid", "pending_review"]).default("valid"),
    document_url: safeUrl().nullish(),
    verification_code: z
      .string()
      .regex(/^[A-Z0-9-]{4,32}$/, "Mã xác minh chỉ gồm chữ in hoa, số và dấu gạch (verification_code: A–Z, 0–9, -)")
      .optional(),
    legacy_address: safeText({ max: 500 }).nullish(),
    reason: safeLongText({ max: 2000 }).nullish(),
    supersedes: z
      .object({
        certificate_id: safeId("Thiếu giấy chứng nhận bị thay thế (certificate_id is required)"),
        reason: z.enum(SUPERSEDE_REASONS),
      })
      .nullish(),
  })
  .refine((c) => !c.valid_until || c.valid_until > c.issued_at, {
    message: "Ngày hết hiệu lực phải sau ngày cấp (valid_until must be after issued_at)",
    path: ["valid_until"],
  })
  // A level also needs its minimum criteria, so the award may sit below the score band, never above it.
  // runs even when score failed its own check: only a score in 0–100 has a band
  .refine((c) => typeof c.score !== "number" || !(c.score >= 0 && c.score <= 100) || c.stars <= starBandForScore(c.score), {
    message: "Số sao cao hơn mức điểm cho phép (stars exceed the score band)",
    path: ["stars"],
  })

export type AdminRecordCertificateType = z.infer<typeof AdminRecordCertificate>

export const AdminTransitionCertificate = z
  .object({
    to: z.enum(CERTIFICATE_STATUSES),
    reason: safeLongText({ max: 2000, required: "Cần nêu lý do (a reason is required)" }).nullish(),
    document_url: safeUrl().nullish(),
    revocation_ground: z.enum(REVOCATION_GROUNDS.map((g) => g.code) as [string, ...string[]]).nullish(),
    extension_until: isoDate.nullish(),
  })
  .refine((t) => t.to !== "revoked" || !!t.revocation_ground, {
    message: "Thu hồi phải nêu căn cứ theo Điều 8 (revocation needs an Art. 8 ground)",
    path: ["revocation_ground"],
  })
  .refine((t) => !["revoked", "suspended", "rejected"].includes(t.to) || !!t.reason, {
    message: "Cần nêu lý do (a reason is required)",
    path: ["reason"],
  })

export type AdminTransitionCertificateType = z.infer<typeof AdminTransitionCertificate>
