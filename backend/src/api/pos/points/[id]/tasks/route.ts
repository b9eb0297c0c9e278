import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import type RetailModuleService from "../../../../../modules/retail/service"

/** The point's pull list and relabel tasks (open first). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const { status } = req.validatedQuery as { status?: "open" | "done" }
  const tasks = await retail.listTasks(
    { point_id: point.id, ...(status ? { status } : {}) },
    {
      order: { status: "DESC", created_at: "DESC" },
      take: 500,
    }
  )
  // a pulled product may have been deleted since: its task stays, without a title
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = tasks.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "title"],
        filters: { id: [...new Set(tasks.map((t) => t.product_id))] },
        withDeleted: true,
      })
    : { data: [] as Array<{ id: string; title: string }> }
  res.json({
    tasks: tasks.map((t) => ({ ...t, product_title: products.find((p) => p.id === t.product_id)?.title ?? null })),
  })
}
