import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LINK_TABLE } from "../../../links/table-names"

/**
 * The producer's lines of placed orders, read in SQL: the portal pages and sums orders by the
 * producer's lines, which Query cannot filter or aggregate across the order module and the
 * producer ↔ product link in one statement. An order's current lines are its order_items of the
 * order's version. The link row of a deleted product stays, so its lines stay the producer's.
 */
const OWN_ORDER_LINES = `
    FROM "order" o
    JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
    JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
    JOIN ${LINK_TABLE.producerProduct} pp ON pp.product_id = li.product_id
    WHERE pp.producer_id = ? AND o.deleted_at IS NULL AND NOT o.is_draft_order`

const knexOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any

/** Orders holding at least one of the producer's lines: one page of ids, newest first, and the count. */
export async function ownOrderIdsPage(
  container: MedusaContainer,
  producerId: string,
  page: { limit: number; offset: number },
  onlyOpen = false
): Promise<{ ids: string[]; count: number }> {
  const knex = knexOf(container)
  const from = `${OWN_ORDER_LINES} AND o.status NOT IN ('draft')
      ${onlyOpen ? "AND o.status NOT IN ('canceled', 'archived') AND oi.fulfilled_quantity < oi.quantity" : ""}`
  const [{ rows }, { rows: countRows }] = await Promise.all([
    knex.raw(`SELECT o.id, max(o.created_at) AS created_at ${from} GROUP BY o.id ORDER BY created_at DESC, o.id LIMIT ? OFFSET ?`, [
      producerId,
      page.limit,
      page.offset,
    ]),
    knex.raw(`SELECT count(DISTINCT o.id)::int AS count ${from}`, [producerId]),
  ])
  return { ids: (rows as any[]).map((r) => r.id as string), count: Number(countRows[0]?.count ?? 0) }
}

/** Product ids the producer owns or owned (the link rows of deleted products included). */
export async function productIdsEverOwned(container: MedusaContainer, producerId: string): Promise<Set<string>> {
  const { rows } = await knexOf(container).raw(`SELECT product_id FROM ${LINK_TABLE.producerProduct} WHERE producer_id = ?`, [producerId])
  return new Set((rows as any[]).map((r) => r.product_id as string))
}

export type MonthlySales = { month: number; orders: number; units: number; revenue: number }

/**
 * Monthly sales of the producer's lines in one statement (Vietnam calendar months of `year`):
 * orders, units and revenue (quantity × unit price, integer VND). Canceled and draft orders do not count.
 */
export async function monthlySales(container: MedusaContainer, producerId: string, year: number): Promise<MonthlySales[]> {
  const { rows } = await knexOf(container).raw(
    `SELECT extract(month FROM o.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS month,
            count(DISTINCT o.id)::int AS orders,
            coalesce(sum(oi.quantity), 0)::bigint::text AS units,
            coalesce(sum(oi.quantity * coalesce(oi.unit_price, li.unit_price)), 0)::bigint::text AS revenue
     ${OWN_ORDER_LINES}
       AND o.status NOT IN ('canceled', 'draft') AND o.currency_code = 'vnd'
       AND o.created_at >= ?::timestamptz AND o.created_at < ?::timestamptz
     GROUP BY 1`,
    [producerId, `${year}-01-01T00:00:00+07:00`, `${year + 1}-01-01T00:00:00+07:00`]
  )
  const byMonth = new Map((rows as any[]).map((r) => [Number(r.month), r]))
  return Array.from({ length: 12 }, (_, i) => {
    const r = byMonth.get(i + 1)
    return { month: i + 1, orders: Number(r?.orders ?? 0), units: Number(r?.units ?? 0), revenue: Number(r?.revenue ?? 0) }
  })
}
