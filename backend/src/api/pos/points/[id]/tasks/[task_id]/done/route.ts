import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../../../../../modules/retail"
import type RetailModuleService from "../../../../../../../modules/retail/service"
import { completeRetailTaskWorkflow } from "../../../../../../../workflows/complete-retail-task"

/** Staff mark a pull or relabel task done (who and when are recorded). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const { result: task } = await completeRetailTaskWorkflow(req.scope).run({
    input: { task_id: req.params.task_id, point_id: point.id, staff_id: req.auth_context.actor_id },
  })
  res.json({ task })
}
