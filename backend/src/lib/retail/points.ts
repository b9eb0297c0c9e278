import type { MedusaContainer } from "@medusajs/framework/types"
import { ocopError } from "../errors"
import { RETAIL_MODULE } from "../../modules/retail"
import type RetailModuleService from "../../modules/retail/service"
import { sql, T } from "./sql"

export type PointKind = "sales_point" | "booth"

/** A point of sale or a fair booth as the counter sees it. */
export type RetailPoint = {
  id: string
  kind: PointKind
  name: string
  address: string | null
  province_code: string
  stock_location_id: string | null
  sales_channel_id: string | null
  open: boolean
  fair: null | { id: string; name: string; venue: string; starts_at: string; ends_at: string }
}

export const pointKindOfId = (id: string): PointKind | null =>
  id.startsWith("spt_") ? "sales_point" : id.startsWith("booth_") ? "booth" : null

/** A booth sells only while its fair runs. */
export function isFairOpen(fair: { starts_at: Date | string; ends_at: Date | string }, now = new Date()): boolean {
  return new Date(fair.starts_at).getTime() <= now.getTime() && now.getTime() <= new Date(fair.ends_at).getTime()
}

const iso = (d: Date | string) => new Date(d).toISOString()

/** Points (sales points and booths) by id, with their stock location, sales channel and open state: one statement. */
export async function loadPoints(container: MedusaContainer, ids?: string[], now = new Date()): Promise<RetailPoint[]> {
  if (ids && !ids.length) return []
  const rows = await sql(
    container,
    `SELECT sp.id, 'sales_point' AS kind, sp.name, sp.address, sp.commune, sp.province_code,
            spl.stock_location_id, spc.sales_channel_id,
            NULL AS fair_id, NULL AS fair_name, NULL AS venue, NULL::timestamptz AS starts_at, NULL::timestamptz AS ends_at
       FROM sales_point sp
       LEFT JOIN ${T.salesPointLocation} spl ON spl.sales_point_id = sp.id AND spl.deleted_at IS NULL
       LEFT JOIN ${T.salesPointChannel} spc ON spc.sales_point_id = sp.id AND spc.deleted_at IS NULL
      WHERE sp.deleted_at IS NULL ${ids ? "AND sp.id = ANY(?)" : ""}
     UNION ALL
     SELECT b.id, 'booth', b.name, NULL, NULL, f.province_code,
            bl.stock_location_id, bc.sales_channel_id,
            f.id, f.name, f.venue, f.starts_at, f.ends_at
       FROM booth b
       JOIN fair f ON f.id = b.fair_id
       LEFT JOIN ${T.boothLocation} bl ON bl.booth_id = b.id AND bl.deleted_at IS NULL
       LEFT JOIN ${T.boothChannel} bc ON bc.booth_id = b.id AND bc.deleted_at IS NULL
      WHERE b.deleted_at IS NULL ${ids ? "AND b.id = ANY(?)" : ""}`,
    ids ? [ids, ids] : []
  )
  const points = rows.map((r: any): RetailPoint =>
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

export const pointNotFound = () =>
  ocopError("NOT_FOUND", "pos.point_not_found", "Không tìm thấy điểm bán", "Point of sale not found")

/** The ids of the points a staff member works at. */
export async function staffPointIds(container: MedusaContainer, staffId: string): Promise<string[]> {
  const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
  const links = await retail.listStaffPoints({ staff_id: staffId } as any, { select: ["point_id"] })
  return links.map((l) => l.point_id)
}

/**
 * The point addressed by the route, if the caller staffs it. A point the caller does not staff answers
 * exactly like an unknown id (404), so staff cannot probe other points.
 */
export async function pointOfStaff(container: MedusaContainer, staffId: string, pointId: string): Promise<RetailPoint> {
  // both reads at once: the staff check decides before anything about the point is used
  const [[link], [point]] = await Promise.all([
    sql(container, `SELECT 1 FROM retail_staff_point WHERE staff_id = ? AND point_id = ? AND deleted_at IS NULL LIMIT 1`, [staffId, pointId]),
    loadPoints(container, [pointId]),
  ])
  if (!link || !point) {
    throw pointNotFound()
  }
  return point
}
