import { model } from "@medusajs/framework/utils"
import { Fair } from "./fair"

/** A booth (gian hàng) at a fair. Owns a stock location and a sales channel (links) open only during the fair. */
export const Booth = model.define("booth", {
  id: model.id({ prefix: "booth" }).primaryKey(),
  name: model.text(),
  operator: model.text().nullable(),
  fair: model.belongsTo(() => Fair, { mappedBy: "booths" }),
})
