import { model } from "@medusajs/framework/utils"
import { Staff } from "./staff"

/**
 * A one-time link for a staff member to set their password. Only the SHA-256 of the token is kept
 * (the token itself travels in the e-mail and the office's response once); it expires and is used once.
 */
export const StaffInvite = model
  .define("retail_staff_invite", {
    id: model.id({ prefix: "rsinv" }).primaryKey(),
    staff: model.belongsTo(() => Staff, { mappedBy: "invites" }),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["staff_id"] }])
