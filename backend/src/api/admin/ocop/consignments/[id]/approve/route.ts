import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { consignmentViews } from "../../../../../consignment-views"
import { decideConsignmentWorkflow } from "../../../../../../workflows/decide-consignment"

/** The office approves a requested consignment in the producer's place (e.g. agreed by phone). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await decideConsignmentWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "confirm", producer_id: null, actor_id: req.auth_context.actor_id },
  })
  const { consignments } = await consignmentViews(req.scope, { ids: [req.params.id] })
  res.json({ consignment: consignments[0] })
}
