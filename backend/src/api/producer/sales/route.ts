import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamDate } from "@ocop/domain"
import { producerOf, type ProducerRequest } from "../context"
import type { ProducerSalesParamsType } from "../validators"

/**
 * Monthly sales of the producer's own lines in one SQL statement (Vietnam calendar months): orders,
 * units and revenue (quantity × unit price, integer VND). Canceled and draft orders do not count.
 */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer } = producerOf(req)
  const params = (req as any).validatedQuery as ProducerSalesParamsType
  const year = params.year ?? Number(vietnamDate(new Date()).slice(0, 4))
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const { rows } = await knex.raw(
    `SELECT extract(month FROM o.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS month,
            count(DISTINCT o.id)::int AS orders,
            coalesce(sum(oi.quantity), 0)::bigint::text AS units,
            coalesce(sum(oi.quantity * coalesce(oi.unit_price, li.unit_price)), 0)::bigint::text AS revenue
     FROM "order" o
     JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
     JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
     JOIN producer_producer_product_product pp ON pp.product_id = li.product_id
     WHERE pp.producer_id = ? AND o.deleted_at IS NULL AND NOT o.is_draft_order
       AND o.status NOT IN ('canceled', 'draft') AND o.currency_code = 'vnd'
       AND o.created_at >= ?::timestamptz AND o.created_at < ?::timestamptz
     GROUP BY 1`,
    [producer.id, `${year}-01-01T00:00:00+07:00`, `${year + 1}-01-01T00:00:00+07:00`]
  )
  const byMonth = new Map((rows as any[]).map((r) => [Number(r.month), r]))
  res.json({
    year,
    months: Array.from({ length: 12 }, (_, i) => {
      const r = byMonth.get(i + 1)
      return { month: i + 1, orders: Number(r?.orders ?? 0), units: Number(r?.units ?? 0), revenue: Number(r?.revenue ?? 0) }
    }),
  })
}
