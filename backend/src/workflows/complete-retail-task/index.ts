import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markTaskDoneStep, type TaskDone } from "./steps/mark-task-done"

/** Counter staff clear a pull-list entry or a relabel task of their point. */
export const completeRetailTaskWorkflow = createWorkflow("complete-retail-task", (input: WorkflowData<TaskDone>) => {
  return new WorkflowResponse(markTaskDoneStep(input))
})
