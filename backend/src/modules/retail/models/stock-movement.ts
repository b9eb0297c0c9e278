import { model } from "@medusajs/framework/utils"

/** Every change of stock at a point: received, transferred, returned to the producer, sold. Append-only. */
export const StockMovement = model
  .define("stock_movement", {
    id: model.id({ prefix: "smov" }).primaryKey(),
    kind: model.enum(["receive", "transfer", "return", "sale"]),
    variant_id: model.text(),
    quantity: model.number(),
    from_location_id: model.text().nullable(),
    to_location_id: model.text().nullable(),
    point_id: model.text().nullable(),
    to_point_id: model.text().nullable(),
    producer_id: model.text().nullable(),
    staff_id: model.text().nullable(),
    order_id: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["point_id", "created_at"] }, { on: ["to_point_id"] }])
