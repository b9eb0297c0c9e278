import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_STATUSES } from "@ocop/domain"
import { CertificateEvent } from "./certificate-event"

/**
 * An OCOP certificate (giấy chứng nhận sản phẩm OCOP) as issued: stars and dates are stored as decided,
 * never derived at read time. Calendar dates are ISO "YYYY-MM-DD" text so no time zone can shift them.
 */
export const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    verification_code: model.text().unique(),
    decision_number: model.text(),
    issuer: model.text(),
    stars: model.number(),
    score: model.float().nullable(),
    product_set: model.number(),
    issued_at: model.text(),
    valid_until: model.text(),
    extension_until: model.text().nullable(),
    status: model.enum([...CERTIFICATE_STATUSES]).default("pending_review"),
    document_url: model.text().nullable(),
    revocation_ground: model.text().nullable(),
    superseded_reason: model.text().nullable(),
    superseded_by_id: model.text().nullable(),
    legacy_address: model.text().nullable(),
    events: model.hasMany(() => CertificateEvent, { mappedBy: "certificate" }),
  })
  .indexes([{ on: ["status", "valid_until"] }])
  .cascades({ delete: ["events"] })
