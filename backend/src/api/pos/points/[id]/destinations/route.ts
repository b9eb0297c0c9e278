import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadPoints, pointOfStaff } from "../../../../../lib/retail/points"

/**
 * Where this point may transfer stock: every other sales point, and booths whose fair has not ended
 * (the office's network; the receiving point needs no approval).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  const now = Date.now()
  const points = (await loadPoints(req.scope))
    .filter((p) => p.id !== point.id && p.stock_location_id)
    .filter((p) => p.kind === "sales_point" || (p.fair && new Date(p.fair.ends_at).getTime() >= now))
    .map((p) => ({ id: p.id, kind: p.kind, name: p.name, province_code: p.province_code, open: p.open }))
  res.json({ points })
}
