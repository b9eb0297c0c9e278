import { model } from "@medusajs/framework/utils"
import { ProducerInvite } from "./producer-invite"
import { ProducerMember } from "./producer-member"

/** A producer (chủ thể OCOP): co-operative, SME, farm or household business that owns certified products. */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pdcr" }).primaryKey(),
    name: model.text(),
    handle: model.text().unique(),
    type: model.text(),
    tax_code: model.text().nullable(),
    business_registration_number: model.text().nullable(),
    province_code: model.text(),
    commune: model.text().nullable(),
    address: model.text().nullable(),
    legacy_address: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    story: model.text().nullable(),
    logo_url: model.text().nullable(),
    // The OCOP office approves a producer before any of its listings go live (packages/ocop-domain listing.ts).
    approval_status: model.enum(["pending_approval", "approved", "rejected", "suspended"]).default("approved"),
    rejection_reason: model.text().nullable(),
    approval_decided_at: model.dateTime().nullable(),
    members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
    invites: model.hasMany(() => ProducerInvite, { mappedBy: "producer" }),
  })
  .cascades({ delete: ["members", "invites"] })
