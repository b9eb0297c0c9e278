import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../../lib/errors"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

export type TaskDone = { task_id: string; point_id: string; staff_id: string; now?: Date }

const taskNotFound = () => ocopError("NOT_FOUND", ERROR_CODES.POS_TASK_NOT_FOUND, "Không tìm thấy việc cần làm", "Task not found")

/**
 * Marks a task of this point done, with who and when; a task of another point answers like an
 * unknown id, and a task already done is returned as it is. The compensation re-opens it.
 */
export const markTaskDoneStep = createStep(
  "mark-retail-task-done",
  async (input: TaskDone, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const [task] = await retail.listTasks({ id: input.task_id, point_id: input.point_id })
    if (!task) throw taskNotFound()
    if (task.status === "done") return new StepResponse(task, null)
    const done = await retail.updateTasks({ id: task.id, status: "done", done_by: input.staff_id, done_at: input.now ?? new Date() })
    return new StepResponse(done, task.id)
  },
  async (reopenId, { container }) => {
    if (!reopenId) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.updateTasks({ id: reopenId, status: "open", done_by: null, done_at: null })
  }
)
