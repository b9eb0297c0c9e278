import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ownLocationIds, ownProductIds, type ProducerRequest } from "../context"

export type PortalStockRow = {
  variant_id: string
  sku: string | null
  product_id: string
  product_title: string
  variant_title: string
  inventory_item_id: string | null
  location_id: string
  location_name: string
  stocked_quantity: number
  reserved_quantity: number
  available: number
}

/** Every own variant at every own warehouse (zero where nothing was recorded yet). */
export async function ownStockRows(req: ProducerRequest): Promise<PortalStockRow[]> {
  const [productIds, locationIds] = await Promise.all([ownProductIds(req), ownLocationIds(req)])
  if (!productIds.length || !locationIds.length) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: locations }] = await Promise.all([
    query.graph({
      entity: "variant",
      fields: ["id", "sku", "title", "product_id", "product.title", "inventory_items.inventory_item_id"],
      filters: { product_id: productIds },
    }),
    query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: locationIds } }),
  ])
  const itemIds = (variants as any[]).map((v) => v.inventory_items?.[0]?.inventory_item_id).filter(Boolean)
  const { data: levels } = itemIds.length
    ? await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"],
        filters: { inventory_item_id: itemIds, location_id: locationIds },
      })
    : { data: [] as any[] }
  const levelOf = new Map((levels as any[]).map((l) => [`${l.inventory_item_id}|${l.location_id}`, l]))
  const rows: PortalStockRow[] = []
  for (const v of variants as any[]) {
    const itemId = v.inventory_items?.[0]?.inventory_item_id ?? null
    for (const loc of locations as any[]) {
      const level = itemId ? levelOf.get(`${itemId}|${loc.id}`) : undefined
      const stocked = Number(level?.stocked_quantity ?? 0)
      const reserved = Number(level?.reserved_quantity ?? 0)
      rows.push({
        variant_id: v.id,
        sku: v.sku ?? null,
        product_id: v.product_id,
        product_title: v.product?.title ?? "",
        variant_title: v.title,
        inventory_item_id: itemId,
        location_id: loc.id,
        location_name: loc.name,
        stocked_quantity: stocked,
        reserved_quantity: reserved,
        available: stocked - reserved,
      })
    }
  }
  return rows.sort((a, b) => a.product_title.localeCompare(b.product_title, "vi") || String(a.sku).localeCompare(String(b.sku)))
}
