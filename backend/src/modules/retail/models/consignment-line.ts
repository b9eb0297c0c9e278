import { model } from "@medusajs/framework/utils"
import { Consignment } from "./consignment"

/** One product (variant) and quantity of a consignment. */
export const ConsignmentLine = model.define("consignment_line", {
  id: model.id({ prefix: "csgl" }).primaryKey(),
  variant_id: model.text(),
  quantity: model.number(),
  consignment: model.belongsTo(() => Consignment, { mappedBy: "lines" }),
})
