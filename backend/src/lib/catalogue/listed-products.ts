import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { listingSqlParameters } from "@ocop/domain"
import { LINK_TABLE } from "../../links/table-names"

/**
 * Products a store may show: published, in one of the publishable key's sales channels, and
 * listable now by the shared rule (`isProductListable`: the live certificate is listable today and
 * the producer is approved). The rule's statuses and dates come from `listingSqlParameters`; this
 * file only says how they join. It answers in one statement what Medusa's link filter answered by
 * loading every product of the channel (≈ 20,000 entities per request at national scale).
 */

/** Product columns a page may be ordered by (Medusa's `order` parameter); ties go to the id. */
export const ORDERABLE_PRODUCT_COLUMNS = ["id", "title", "handle", "subtitle", "created_at", "updated_at"] as const
export type ProductOrder = { column: (typeof ORDERABLE_PRODUCT_COLUMNS)[number]; direction: "ASC" | "DESC" }[]

type Scope = { channelIds: string[]; ids?: string[]; handles?: string[] }

/** A certificate date as a Vietnam calendar day (text compares as dates); unreadable → NULL, which never lists. */
const vietnamDay = (column: string) => `(CASE
  WHEN length(${column}) = 10 THEN (CASE WHEN ${column} ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN ${column} END)
  WHEN ${column} ~ '^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}' AND ${column} !~* '(z|[+-]\\d{2}:{0,1}\\d{2})$' THEN left(${column}, 10)
  WHEN ${column} ~ '^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}' THEN to_char((${column})::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')
END)`

function listedStatement(scope: Scope, now: Date, select: string, tail = "") {
  const p = listingSqlParameters(now)
  const bindings: unknown[] = []
  const bind = (value: unknown) => (bindings.push(value), "?")
  const narrow = [
    scope.ids ? `AND p.id = ANY(${bind(scope.ids)})` : "",
    scope.handles ? `AND p.handle = ANY(${bind(scope.handles)})` : "",
  ].join(" ")
  // liveCertificate: never-live statuses skipped, a decided certificate before a pending one, then the latest issue day
  const text = `
    WITH scoped AS MATERIALIZED (
      SELECT ${ORDERABLE_PRODUCT_COLUMNS.map((c) => `p.${c}`).join(", ")} FROM product p
      WHERE p.deleted_at IS NULL AND p.status = 'published' ${narrow}
        AND EXISTS (SELECT 1 FROM ${LINK_TABLE.productSalesChannel} psc WHERE psc.product_id = p.id
                    AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(${bind(scope.channelIds)}))
    ), live AS (
      SELECT DISTINCT ON (l.product_id COLLATE "C") l.product_id, c.status,
             ${vietnamDay("c.valid_until")} AS until_day, ${vietnamDay("c.extension_until")} AS extension_day
      FROM ${LINK_TABLE.productCertificate} l
      JOIN scoped s ON s.id = l.product_id
      JOIN certificate c ON c.id = l.certificate_id AND c.deleted_at IS NULL
      WHERE l.deleted_at IS NULL AND NOT (c.status = ANY(${bind(p.never_live_statuses)}))
      ORDER BY l.product_id COLLATE "C", (c.status = ${bind(p.pending_status)}), coalesce(${vietnamDay("c.issued_at")}, '') DESC, c.id DESC
    ), listed AS (
      SELECT s.* FROM scoped s JOIN live ON live.product_id = s.id
      WHERE live.status = ANY(${bind(p.listable_statuses)})
        AND (NOT live.status = ANY(${bind(p.time_bound_statuses)})
             OR live.until_day >= ${bind(p.today)}
             OR (live.status = ${bind(p.extended_status)} AND live.extension_day >= ${bind(p.today)}
                 AND live.until_day >= ${bind(p.extension_floor)}))
        AND NOT EXISTS (
          SELECT 1 FROM ${LINK_TABLE.producerProduct} pp JOIN producer pr ON pr.id = pp.producer_id AND pr.deleted_at IS NULL
          WHERE pp.product_id = s.id AND pp.deleted_at IS NULL
            AND NOT (pr.approval_status = ANY(${bind(p.selling_producer_statuses)})))
    )
    SELECT ${select} FROM listed ${tail}`
  return { text, bindings }
}

async function raw<R>(container: MedusaContainer, statement: { text: string; bindings: unknown[] }): Promise<R[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return (await knex.raw(statement.text, statement.bindings as any[])).rows as R[]
}

/** Which of the given products (by id and/or handle) a store may show now; few rows, answered from the indexes. */
export async function listedProductIds(container: MedusaContainer, scope: Scope, now = new Date()): Promise<string[]> {
  if ((scope.ids && !scope.ids.length) || (scope.handles && !scope.handles.length) || !scope.channelIds.length) {
    return []
  }
  const rows = await raw<{ id: string }>(container, listedStatement(scope, now, "id"))
  return rows.map((r) => r.id)
}

const orderSql = (order: ProductOrder) =>
  [...order.filter((o) => o.column !== "id"), { column: "id", direction: order.find((o) => o.column === "id")?.direction ?? "ASC" }]
    .map((o) => `"${o.column}" ${o.direction}`)
    .join(", ")

/**
 * Every listed product id of the channels, in `order`, remembered between requests:
 * - with Medusa's Caching Module (production): in the shared cache, tagged so that any change of a
 *   product, certificate or producer drops it at once (Medusa's mutation events; link changes through
 *   subscribers/drop-product-cache.ts), with a short TTL bounding a read that raced a commit;
 * - without it (development, tests): per process, together with the database snapshot it was read
 *   in — while `pg_current_snapshot()` is unchanged nothing has committed anywhere, so the list is exact.
 * Either way a new day in Vietnam starts a new list (certificates end at midnight), and concurrent
 * requests of one process share one read.
 */
const remembered = new Map<string, { version: string; ids: string[] }>()
const reading = new Map<string, Promise<string[]>>()
const REMEMBERED_LISTS = 16
/** The Caching Module's list tag of a link table's rows (Medusa names link entities `Link<PascalTable>`). */
const linkListTag = (table: string) =>
  `Link${table
    .split("_")
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("")}:list:*`
/** Tags of the cached lists: any change to these entities or links may change who is listed. */
export const LISTED_PRODUCTS_CACHE_TAGS = [
  "Product:list:*",
  "Certificate:list:*",
  "Producer:list:*",
  "OcopListing:list:*",
  ...[LINK_TABLE.productSalesChannel, LINK_TABLE.productCertificate, LINK_TABLE.producerProduct].map(linkListTag),
]
const LISTED_PRODUCTS_TTL_S = 30

async function readListedIds(container: MedusaContainer, channelIds: string[], order: ProductOrder, now: Date) {
  const statement = listedStatement(
    { channelIds },
    now,
    // one comma-joined text: 20,000 ids parse far faster than a Postgres array
    `pg_current_snapshot()::text AS snapshot, coalesce(string_agg(id, ',' ORDER BY ${orderSql(order)}), '') AS ids`
  )
  const [row] = await raw<{ snapshot: string; ids: string }>(container, statement)
  return { snapshot: row.snapshot, ids: row.ids ? row.ids.split(",") : [] }
}

/** Keeps the latest list of `key` in this process, under the version (cache) or snapshot it was read at. */
function remember(key: string, version: string, ids: string[]) {
  remembered.delete(key)
  remembered.set(key, { version, ids })
  if (remembered.size > REMEMBERED_LISTS) {
    remembered.delete(remembered.keys().next().value!)
  }
}

/**
 * With the Caching Module the shared cache holds, under `key`, only the version of the current list
 * (a few bytes, asked on every request) and the list itself under `key|version` (≈ 0.5 MB at 20,000
 * products, fetched once per version and process); both carry the list tags, so an invalidation drops both.
 */
async function cachedListedIds(cache: ICachingModuleService, key: string): Promise<string[] | null> {
  const head = (await cache.get({ key })) as { version?: string } | null
  if (!head?.version) return null
  const known = remembered.get(key)
  if (known?.version === head.version) return known.ids
  const body = (await cache.get({ key: `${key}|${head.version}` })) as { ids?: string } | null
  if (typeof body?.ids !== "string") return null
  const ids = body.ids ? body.ids.split(",") : []
  remember(key, head.version, ids)
  return ids
}

async function allListedIds(container: MedusaContainer, channelIds: string[], order: ProductOrder, now: Date) {
  const key = `ocop:listed:${[...channelIds].sort().join(",")}|${orderSql(order)}|${listingSqlParameters(now).today}`
  const cache = container.hasRegistration(Modules.CACHING) ? container.resolve(Modules.CACHING) : null
  if (cache) {
    const cached = await cachedListedIds(cache, key)
    if (cached) return cached
  } else {
    const known = remembered.get(key)
    if (known) {
      const [{ snapshot }] = await raw<{ snapshot: string }>(container, {
        text: "SELECT pg_current_snapshot()::text AS snapshot",
        bindings: [],
      })
      if (snapshot === known.version) {
        return known.ids
      }
    }
  }
  const pending = reading.get(key)
  if (pending) {
    return pending
  }
  const read = (async () => {
    const { snapshot, ids } = await readListedIds(container, channelIds, order, now)
    if (cache) {
      const version = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`
      const tagged = { tags: LISTED_PRODUCTS_CACHE_TAGS, ttl: LISTED_PRODUCTS_TTL_S }
      // the list before its version: a version never names a list that is not there
      await cache.set({ key: `${key}|${version}`, data: { ids: ids.join(",") }, ...tagged })
      await cache.set({ key, data: { version }, ...tagged })
      remember(key, version, ids)
    } else {
      remember(key, snapshot, ids)
    }
    return ids
  })()
  reading.set(key, read)
  try {
    return await read
  } finally {
    reading.delete(key)
  }
}

/** One page of listed product ids and the exact count of all of them. */
export async function pageListedProducts(
  container: MedusaContainer,
  { channelIds, order, skip, take }: { channelIds: string[]; order: ProductOrder; skip: number; take: number },
  now = new Date()
): Promise<{ ids: string[]; count: number }> {
  if (!channelIds.length) {
    return { ids: [], count: 0 }
  }
  const ids = await allListedIds(container, channelIds, order, now)
  return { ids: ids.slice(skip, skip + take), count: ids.length }
}
