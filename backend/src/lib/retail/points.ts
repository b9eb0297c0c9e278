import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ocopError } from "../errors"
import { RETAIL_MODULE } from "../../modules/retail"
import type RetailModuleService from "../../modules/retail/service"

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

/** Points (sales points and booths) by id, with their stock location, sales channel and open state. */
export async function loadPoints(container: MedusaContainer, ids?: string[], now = new Date()): Promise<RetailPoint[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const salesPointIds = ids?.filter((id) => pointKindOfId(id) === "sales_point")
  const boothIds = ids?.filter((id) => pointKindOfId(id) === "booth")
  const points: RetailPoint[] = []
  if (!ids || salesPointIds!.length) {
    const { data } = await query.graph({
      entity: "sales_point",
      fields: ["id", "name", "address", "commune", "province_code", "stock_location.id", "sales_channel.id"],
      filters: ids ? { id: salesPointIds } : {},
    })
    for (const p of data as any[]) {
      points.push({
        id: p.id,
        kind: "sales_point",
        name: p.name,
        address: [p.address, p.commune].filter(Boolean).join(", ") || null,
        province_code: p.province_code,
        stock_location_id: p.stock_location?.id ?? null,
        sales_channel_id: p.sales_channel?.id ?? null,
        open: true,
        fair: null,
      })
    }
  }
  if (!ids || boothIds!.length) {
    const { data } = await query.graph({
      entity: "booth",
      fields: ["id", "name", "fair.*", "stock_location.id", "sales_channel.id"],
      filters: ids ? { id: boothIds } : {},
    })
    for (const b of data as any[]) {
      points.push({
        id: b.id,
        kind: "booth",
        name: `${b.name} — ${b.fair.name}`,
        address: b.fair.venue,
        province_code: b.fair.province_code,
        stock_location_id: b.stock_location?.id ?? null,
        sales_channel_id: b.sales_channel?.id ?? null,
        open: isFairOpen(b.fair, now),
        fair: { id: b.fair.id, name: b.fair.name, venue: b.fair.venue, starts_at: iso(b.fair.starts_at), ends_at: iso(b.fair.ends_at) },
      })
    }
  }
  return points
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
  const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
  const [link] = await retail.listStaffPoints({ staff_id: staffId, point_id: pointId } as any, { take: 1 })
  if (!link) {
    throw pointNotFound()
  }
  const [point] = await loadPoints(container, [pointId])
  if (!point) {
    throw pointNotFound()
  }
  return point
}
