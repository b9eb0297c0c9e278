import { model } from "@medusajs/framework/utils"
import { StaffPoint } from "./staff-point"

/** Counter staff of points of sale and booths (actor type `sales_point`). */
export const Staff = model.define("retail_staff", {
  id: model.id({ prefix: "rstf" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  points: model.hasMany(() => StaffPoint, { mappedBy: "staff" }),
})
