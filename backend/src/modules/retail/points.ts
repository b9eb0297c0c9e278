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
