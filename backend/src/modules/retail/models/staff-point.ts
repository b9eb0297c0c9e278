import { model } from "@medusajs/framework/utils"
import { Staff } from "./staff"

/** Which points (sales point or booth, by id) a staff member works at. */
export const StaffPoint = model
  .define("retail_staff_point", {
    id: model.id({ prefix: "rsp" }).primaryKey(),
    point_id: model.text(),
    point_kind: model.enum(["sales_point", "booth"]),
    staff: model.belongsTo(() => Staff, { mappedBy: "points" }),
  })
  .indexes([{ on: ["staff_id", "point_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["point_id"] }])
