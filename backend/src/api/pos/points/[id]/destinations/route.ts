import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import type RetailModuleService from "../../../../../modules/retail/service"

/**
 * Where this point may transfer stock: every other sales point, and booths whose fair has not ended
 * (the office's network; the receiving point needs no approval).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const now = Date.now()
  const points = (await retail.listCounterPoints())
    .filter((p) => p.id !== point.id && p.stock_location_id)
    .filter((p) => p.kind === "sales_point" || (p.fair && new Date(p.fair.ends_at).getTime() >= now))
    .map((p) => ({ id: p.id, kind: p.kind, name: p.name, province_code: p.province_code, open: p.open }))
  res.json({ points })
}
