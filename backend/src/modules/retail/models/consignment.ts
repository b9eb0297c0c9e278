import { model } from "@medusajs/framework/utils"
import { ConsignmentLine } from "./consignment-line"

/**
 * A point's request to take a producer's goods on consignment. Stock leaves the producer only once
 * the producer (or the OCOP office) confirmed it, and only the confirmed lines, once:
 * requested → confirmed | refused; confirmed → received.
 */
export const Consignment = model
  .define("consignment", {
    id: model.id({ prefix: "csgn" }).primaryKey(),
    point_id: model.text(),
    point_kind: model.enum(["sales_point", "booth"]),
    producer_id: model.text(),
    status: model.enum(["requested", "confirmed", "refused", "received"]).default("requested"),
    requested_by: model.text().nullable(),
    note: model.text().nullable(),
    /** a producer member id or an office user id, as `decided_as` says */
    decided_by: model.text().nullable(),
    decided_as: model.enum(["producer", "office"]).nullable(),
    decided_at: model.dateTime().nullable(),
    refusal_reason: model.text().nullable(),
    received_by: model.text().nullable(),
    received_at: model.dateTime().nullable(),
    lines: model.hasMany(() => ConsignmentLine, { mappedBy: "consignment" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([{ on: ["point_id", "status"] }, { on: ["producer_id", "status"] }])
