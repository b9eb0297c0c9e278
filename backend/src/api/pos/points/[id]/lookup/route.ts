import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import type RetailModuleService from "../../../../../modules/retail/service"
import type { PosLookupParamsType } from "../../../validators"

/**
 * Scan to check: by barcode, SKU or certificate QR (`code`), or typed text without accents (`q`).
 * The caller's point and the matching variants are read side by side (nothing is answered before
 * the point check passes), then their sellability and stock.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { code, q } = req.validatedQuery as PosLookupParamsType
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const [point, rows] = await Promise.all([
    retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id),
    code ? retail.listVariantRowsOfCode(code) : retail.listVariantRowsOfText(q!),
  ])
  res.json({ results: await retail.describeVariantRows(point, rows) })
}
