import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pointOfStaff } from "../../../../../lib/retail/points"
import { describeVariants, variantIdsOfCode, variantIdsOfText } from "../../../../../lib/retail/stock"
import type { PosLookupParamsType } from "../../../validators"

/** Scan to check: by barcode, SKU or certificate QR (`code`), or typed text without accents (`q`). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  const { code, q } = req.validatedQuery as PosLookupParamsType
  const ids = code ? await variantIdsOfCode(req.scope, code) : await variantIdsOfText(req.scope, q!)
  res.json({ results: await describeVariants(req.scope, point, ids) })
}
