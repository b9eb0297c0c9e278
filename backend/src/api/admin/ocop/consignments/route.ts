import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { consignmentViews } from "../../../consignment-views"

/** Consignment requests of every point (the office may approve one in a producer's place). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as { status?: string; limit: number; offset: number }
  res.json({ ...(await consignmentViews(req.scope, { status }, { limit, offset })), limit, offset })
}
