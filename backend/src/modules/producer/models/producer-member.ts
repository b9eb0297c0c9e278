import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * A person who works in the producer portal for one producer. The auth identity (actor type
 * `producer`, emailpass) points here through app_metadata.producer_id (Medusa's `${actor}_id` key,
 * which becomes the token's actor_id) and app_metadata.producer_member_id.
 */
export const ProducerMember = model
  .define("producer_member", {
    id: model.id({ prefix: "pmem" }).primaryKey(),
    producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
    email: model.text(),
    name: model.text().nullable(),
    role: model.enum(["owner", "member"]).default("member"),
    auth_identity_id: model.text().nullable(),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])
