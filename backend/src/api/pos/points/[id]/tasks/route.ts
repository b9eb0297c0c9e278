import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pointOfStaff } from "../../../../../lib/retail/points"
import { sql } from "../../../../../lib/retail/sql"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import type RetailModuleService from "../../../../../modules/retail/service"

/** The point's pull list and relabel tasks (open first). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  const { status } = req.validatedQuery as { status?: "open" | "done" }
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const tasks = await retail.listTasks({ point_id: point.id, ...(status ? { status } : {}) } as any, {
    order: { status: "DESC", created_at: "DESC" },
    take: 500,
  })
  const titles = tasks.length
    ? await sql(req.scope, `SELECT id, title, thumbnail FROM product WHERE id = ANY(?)`, [[...new Set(tasks.map((t) => t.product_id))]])
    : []
  res.json({
    tasks: tasks.map((t) => ({ ...t, product_title: titles.find((p: any) => p.id === t.product_id)?.title ?? null })),
  })
}
