import { LINK_TABLE } from "../../../links/table-names"
import { isFairOpen, type RetailPoint } from "../points"
import type { RunSql } from "./run-sql"

const iso = (d: Date | string) => new Date(d).toISOString()

/**
 * Points (sales points and booths) by id, with their stock location, sales channel and open state,
 * in one statement: every counter request starts with it.
 */
export async function counterPoints(sql: RunSql, ids: string[] | undefined, now: Date): Promise<RetailPoint[]> {
  if (ids && !ids.length) return []
  const rows = await sql(
    `SELECT sp.id, 'sales_point' AS kind, sp.name, sp.address, sp.commune, sp.province_code,
            spl.stock_location_id, spc.sales_channel_id,
            NULL AS fair_id, NULL AS fair_name, NULL AS venue, NULL::timestamptz AS starts_at, NULL::timestamptz AS ends_at
       FROM sales_point sp
       LEFT JOIN ${LINK_TABLE.salesPointLocation} spl ON spl.sales_point_id = sp.id AND spl.deleted_at IS NULL
       LEFT JOIN ${LINK_TABLE.salesPointChannel} spc ON spc.sales_point_id = sp.id AND spc.deleted_at IS NULL
      WHERE sp.deleted_at IS NULL ${ids ? "AND sp.id = ANY(?)" : ""}
     UNION ALL
     SELECT b.id, 'booth', b.name, NULL, NULL, f.province_code,
            bl.stock_location_id, bc.sales_channel_id,
            f.id, f.name, f.venue, f.starts_at, f.ends_at
       FROM booth b
       JOIN fair f ON f.id = b.fair_id
       LEFT JOIN ${LINK_TABLE.boothLocation} bl ON bl.booth_id = b.id AND bl.deleted_at IS NULL
       LEFT JOIN ${LINK_TABLE.boothChannel} bc ON bc.booth_id = b.id AND bc.deleted_at IS NULL
      WHERE b.deleted_at IS NULL ${ids ? "AND b.id = ANY(?)" : ""}`,
    ids ? [ids, ids] : []
  )
  const points = rows.map(
    (r: any): RetailPoint =>
      r.kind === "sales_point"
        ? {
            id: r.id,
            kind: "sales_point",
            name: r.name,
            address: [r.address, r.commune].filter(Boolean).join(", ") || null,
            province_code: r.province_code,
            stock_location_id: r.stock_location_id ?? null,
            sales_channel_id: r.sales_channel_id ?? null,
            open: true,
            fair: null,
          }
        : {
            id: r.id,
            kind: "booth",
            name: `${r.name} — ${r.fair_name}`,
            address: r.venue,
            province_code: r.province_code,
            stock_location_id: r.stock_location_id ?? null,
            sales_channel_id: r.sales_channel_id ?? null,
            open: isFairOpen({ starts_at: r.starts_at, ends_at: r.ends_at }, now),
            fair: { id: r.fair_id, name: r.fair_name, venue: r.venue, starts_at: iso(r.starts_at), ends_at: iso(r.ends_at) },
          }
  )
  // callers that asked for ids get them in that order
  return ids ? (ids.map((id) => points.find((p) => p.id === id)).filter(Boolean) as RetailPoint[]) : points
}

/** Whether the staff member works at the point. */
export async function staffsPoint(sql: RunSql, staffId: string, pointId: string): Promise<boolean> {
  const rows = await sql(`SELECT 1 FROM retail_staff_point WHERE staff_id = ? AND point_id = ? AND deleted_at IS NULL LIMIT 1`, [
    staffId,
    pointId,
  ])
  return rows.length > 0
}

/** The points (sales points or booths) owning the given sales channels. */
export async function pointIdsOfChannels(sql: RunSql, channelIds: string[]): Promise<string[]> {
  if (!channelIds.length) return []
  const rows = await sql(
    `SELECT sales_point_id AS point_id FROM ${LINK_TABLE.salesPointChannel} WHERE sales_channel_id = ANY(?) AND deleted_at IS NULL
     UNION SELECT booth_id FROM ${LINK_TABLE.boothChannel} WHERE sales_channel_id = ANY(?) AND deleted_at IS NULL`,
    [channelIds, channelIds]
  )
  return rows.map((r: any) => r.point_id as string)
}
