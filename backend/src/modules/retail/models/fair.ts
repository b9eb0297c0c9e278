import { model } from "@medusajs/framework/utils"
import { Booth } from "./booth"

/** A trade fair (hội chợ). Its booths sell only between starts_at and ends_at. */
export const Fair = model.define("fair", {
  id: model.id({ prefix: "fair" }).primaryKey(),
  name: model.text(),
  venue: model.text(),
  province_code: model.text(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  booths: model.hasMany(() => Booth, { mappedBy: "fair" }),
})
