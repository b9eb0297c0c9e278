import { model } from "@medusajs/framework/utils"

/** A producer (chủ thể OCOP): co-operative, SME, farm or household business that owns certified products. */
export const Producer = model.define("producer", {
  id: model.id({ prefix: "pdcr" }).primaryKey(),
  name: model.text(),
  handle: model.text().unique(),
  type: model.text(),
  tax_code: model.text().nullable(),
  province_code: model.text(),
  commune: model.text().nullable(),
  address: model.text().nullable(),
  legacy_address: model.text().nullable(),
  phone: model.text().nullable(),
  email: model.text().nullable(),
  story: model.text().nullable(),
  approval_status: model.enum(["pending_approval", "approved", "suspended"]).default("approved"),
})
