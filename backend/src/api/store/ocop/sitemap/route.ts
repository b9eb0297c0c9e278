import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLING_PRODUCER_STATUSES } from "@ocop/domain"
import { listabilityOfProducts } from "../../../../lib/product-listability"
import { sql } from "../../../../lib/sql"
import { LINK_TABLE } from "../../../../links/table-names"
import { SITEMAP_MAX_LIMIT, type StoreOcopSitemapParamsType } from "./validators"

type SitemapItem = { handle: string; updated_at: string }

/**
 * What a sitemap lists, for the whole catalogue (the search API pages only up to offset 10,000):
 * `kind=products` pages the published products of the publishable key's sales channels by handle
 * and keeps those listable now (the shared rule, so one whose certificate lapsed before the clock's
 * next run is left out); `kind=producers` pages the approved producers that have a published
 * product there. `count` is the number of candidates, so the storefront knows how many files the
 * sitemap index needs before reading any of them; a page may hold fewer items than `limit`.
 */
export const GET = async (req: MedusaRequest<unknown, StoreOcopSitemapParamsType>, res: MedusaResponse) => {
  const { kind, offset = 0, limit = SITEMAP_MAX_LIMIT } = req.validatedQuery as StoreOcopSitemapParamsType
  const channelIds: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  const published = `SELECT DISTINCT p.id, p.handle, p.updated_at FROM product p
      JOIN product_sales_channel psc ON psc.product_id = p.id AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(?)
     WHERE p.status = 'published' AND p.deleted_at IS NULL`

  if (kind === "products") {
    const [[{ count }], rows] = await Promise.all([
      sql<{ count: number }>(req.scope, `SELECT count(*)::int AS count FROM (${published}) candidates`, [channelIds]),
      sql<{ id: string; handle: string; updated_at: Date }>(req.scope, `${published} ORDER BY p.handle LIMIT ? OFFSET ?`, [
        channelIds,
        limit,
        offset,
      ]),
    ])
    const listable = new Set(
      (
        await listabilityOfProducts(
          req.scope,
          rows.map((r) => r.id),
          new Date()
        )
      )
        .filter((l) => l.listable)
        .map((l) => l.product_id)
    )
    const items: SitemapItem[] = rows
      .filter((r) => listable.has(r.id))
      .map((r) => ({ handle: r.handle, updated_at: new Date(r.updated_at).toISOString() }))
    return res.json({ kind, count, offset, limit, items })
  }

  const producers = `SELECT pr.handle, max(published.updated_at) AS updated_at FROM (${published}) published
      JOIN ${LINK_TABLE.producerProduct} pp ON pp.product_id = published.id AND pp.deleted_at IS NULL
      JOIN producer pr ON pr.id = pp.producer_id AND pr.deleted_at IS NULL AND pr.approval_status = ANY(?)
     GROUP BY pr.handle`
  const bindings = [channelIds, [...SELLING_PRODUCER_STATUSES]]
  const [[{ count }], rows] = await Promise.all([
    sql<{ count: number }>(req.scope, `SELECT count(*)::int AS count FROM (${producers}) candidates`, bindings),
    sql<{ handle: string; updated_at: Date }>(req.scope, `${producers} ORDER BY pr.handle LIMIT ? OFFSET ?`, [...bindings, limit, offset]),
  ])
  const items: SitemapItem[] = rows.map((r) => ({ handle: r.handle, updated_at: new Date(r.updated_at).toISOString() }))
  res.json({ kind, count, offset, limit, items })
}
