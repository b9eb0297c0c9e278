import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pointOfStaff } from "../../../../../lib/retail/points"
import { describeVariantRows, variantIdsOfText, variantRows, variantRowsOfCode } from "../../../../../lib/retail/stock"
import type { PosLookupParamsType } from "../../../validators"

/**
 * Scan to check: by barcode, SKU or certificate QR (`code`), or typed text without accents (`q`).
 * The caller's point and the matching variants are read side by side (nothing is answered before
 * the point check passes), then their sellability and stock.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { code, q } = req.validatedQuery as PosLookupParamsType
  const [point, rows] = await Promise.all([
    pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id),
    code ? variantRowsOfCode(req.scope, code) : variantIdsOfText(req.scope, q!).then((ids) => variantRows(req.scope, ids)),
  ])
  res.json({ results: await describeVariantRows(req.scope, point, rows) })
}
