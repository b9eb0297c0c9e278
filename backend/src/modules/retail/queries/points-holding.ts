import { LINK_TABLE } from "../../../links/table-names"
import type { PointKind } from "../points"
import type { RunSql } from "./run-sql"

/**
 * The points and booths that hold stock (> 0) of each of the given products, in one statement over
 * the product variants, their inventory levels and the points' stock-location links.
 */
export async function pointsHoldingProducts(
  sql: RunSql,
  productIds: string[]
): Promise<Array<{ product_id: string; point_id: string; kind: PointKind }>> {
  if (!productIds.length) return []
  return sql(
    `SELECT DISTINCT pv.product_id, coalesce(spl.sales_point_id, bl.booth_id) AS point_id,
            CASE WHEN spl.sales_point_id IS NOT NULL THEN 'sales_point' ELSE 'booth' END AS kind
       FROM product_variant pv
       JOIN product_variant_inventory_item vii ON vii.variant_id = pv.id AND vii.deleted_at IS NULL
       JOIN inventory_level il ON il.inventory_item_id = vii.inventory_item_id AND il.deleted_at IS NULL AND il.stocked_quantity > 0
       LEFT JOIN ${LINK_TABLE.salesPointLocation} spl ON spl.stock_location_id = il.location_id AND spl.deleted_at IS NULL
       LEFT JOIN ${LINK_TABLE.boothLocation} bl ON bl.stock_location_id = il.location_id AND bl.deleted_at IS NULL
      WHERE pv.product_id = ANY(?) AND pv.deleted_at IS NULL AND (spl.sales_point_id IS NOT NULL OR bl.booth_id IS NOT NULL)`,
    [productIds]
  )
}
