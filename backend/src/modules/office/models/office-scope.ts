import { model } from "@medusajs/framework/utils"

/**
 * Where an OCOP office account (a Medusa admin user) has authority: one province (its OCOP office,
 * e.g. 42 Hà Tĩnh) or the whole country (the national coordination office). Kept in its own module,
 * not in the user's metadata: Medusa's stock POST /admin/users/:id lets any admin rewrite metadata,
 * so an officer could make themselves national. Only a national account changes this row, through
 * POST /admin/ocop/office-scopes. A user without a row has no OCOP authority (fail closed).
 */
export const OfficeScope = model
  .define("office_scope", {
    id: model.id({ prefix: "oscp" }).primaryKey(),
    user_id: model.text(),
    scope: model.enum(["national", "province"]),
    /** set when scope is "province": a code from @ocop/domain's PROVINCES */
    province_code: model.text().nullable(),
    /** the national account that last assigned it (null for the development bootstrap) */
    assigned_by: model.text().nullable(),
  })
  .indexes([{ on: ["user_id"], unique: true }])
