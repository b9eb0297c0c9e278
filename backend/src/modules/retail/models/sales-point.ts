import { model } from "@medusajs/framework/utils"
import { SALES_POINT_CATEGORY_CODES } from "@ocop/domain"

/** A permanent OCOP point of sale (điểm giới thiệu và bán sản phẩm OCOP). Owns a stock location and a sales channel (links). */
export const SalesPoint = model.define("sales_point", {
  id: model.id({ prefix: "spt" }).primaryKey(),
  name: model.text(),
  location_category: model.enum([...SALES_POINT_CATEGORY_CODES]).default("other"),
  province_code: model.text(),
  commune: model.text().nullable(),
  address: model.text().nullable(),
  operator: model.text().nullable(),
  opening_hours: model.text().nullable(),
})
