import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTasksStep, type NewTask } from "./steps/create-tasks"

/** Pull-list entries and relabel tasks for the points that hold a product. */
export const createRetailTasksWorkflow = createWorkflow("create-retail-tasks", (input: WorkflowData<{ tasks: NewTask[] }>) => {
  return new WorkflowResponse(createTasksStep(input.tasks))
})
