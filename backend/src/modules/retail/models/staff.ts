import { model } from "@medusajs/framework/utils"
import { StaffInvite } from "./staff-invite"
import { StaffPoint } from "./staff-point"

/**
 * Counter staff of points of sale and booths (actor type `sales_point`). They join by the office's
 * invitation link and set their own password; `auth_identity_id` is the login that link created.
 * The office can disable them (`disabled_at`) and end their sessions: tokens issued before
 * `sessions_revoked_at` are refused by the POS routes (JWTs are otherwise valid until they expire).
 */
export const Staff = model.define("retail_staff", {
  id: model.id({ prefix: "rstf" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  auth_identity_id: model.text().nullable(),
  disabled_at: model.dateTime().nullable(),
  sessions_revoked_at: model.dateTime().nullable(),
  points: model.hasMany(() => StaffPoint, { mappedBy: "staff" }),
  invites: model.hasMany(() => StaffInvite, { mappedBy: "staff" }),
})
