import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * An owner's invitation for a second member; the token is shown once to the owner (and e-mailed)
 * and accepted once. `token` holds its SHA-256, never the token itself.
 */
export const ProducerInvite = model.define("producer_invite", {
  id: model.id({ prefix: "pinv" }).primaryKey(),
  producer: model.belongsTo(() => Producer, { mappedBy: "invites" }),
  email: model.text(),
  token: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
})
