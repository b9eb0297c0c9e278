import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ocopError } from "../../../../../../../lib/errors"
import { pointOfStaff } from "../../../../../../../lib/retail/points"
import { RETAIL_MODULE } from "../../../../../../../modules/retail"
import type RetailModuleService from "../../../../../../../modules/retail/service"

/** Staff mark a pull or relabel task done (who and when are recorded). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const [task] = await retail.listTasks({ id: req.params.task_id, point_id: point.id } as any)
  if (!task) {
    throw ocopError("NOT_FOUND", "pos.task_not_found", "Không tìm thấy việc cần làm", "Task not found")
  }
  if (task.status === "done") {
    res.json({ task })
    return
  }
  const updated = await retail.updateTasks({ id: task.id, status: "done", done_by: req.auth_context.actor_id, done_at: new Date() } as any)
  res.json({ task: updated })
}
