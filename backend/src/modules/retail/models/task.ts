import { model } from "@medusajs/framework/utils"

/**
 * Work for the counter: pull a product off the shelf (its certificate is no longer listable) or relabel
 * it (new star rating). One open task per kind, point, product and certificate.
 */
export const Task = model
  .define("retail_task", {
    id: model.id({ prefix: "rtask" }).primaryKey(),
    kind: model.enum(["pull", "relabel"]),
    point_id: model.text(),
    point_kind: model.enum(["sales_point", "booth"]),
    product_id: model.text(),
    certificate_id: model.text().nullable(),
    reason: model.text(),
    status: model.enum(["open", "done"]).default("open"),
    done_by: model.text().nullable(),
    done_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["point_id", "status"] },
    { on: ["kind", "point_id", "product_id", "certificate_id"], unique: true, where: "status = 'open' AND deleted_at IS NULL" },
  ])
