import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadConsignments } from "../../../../lib/retail/consignments"

/** Consignment requests of every point (the office may approve one in a producer's place). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as { status?: string; limit: number; offset: number }
  res.json({ ...(await loadConsignments(req.scope, { status }, { limit, offset })), limit, offset })
}
