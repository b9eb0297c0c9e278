import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

export type NewTask = {
  kind: "pull" | "relabel"
  point_id: string
  point_kind: "sales_point" | "booth"
  product_id: string
  certificate_id: string | null
  reason: string
}

/** Creates the tasks that are not already open (same kind, point, product and certificate): idempotent. */
export const createTasksStep = createStep(
  "create-retail-tasks",
  async (tasks: NewTask[], { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    if (!tasks.length) return new StepResponse([], [])
    const open = await retail.listTasks({ status: "open", product_id: [...new Set(tasks.map((t) => t.product_id))] } as any)
    const fresh = tasks.filter(
      (t) =>
        !open.some(
          (o) =>
            o.kind === t.kind &&
            o.point_id === t.point_id &&
            o.product_id === t.product_id &&
            (o.certificate_id ?? null) === (t.certificate_id ?? null)
        )
    )
    if (!fresh.length) return new StepResponse([], [])
    const created: any[] = await retail.createTasks(fresh as any[])
    return new StepResponse(
      created,
      created.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.deleteTasks(ids)
  }
)
