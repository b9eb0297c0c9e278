import { LINK_TABLE } from "../../../links/table-names"
import type { RunSql } from "./run-sql"

/*
 * What the counter needs of producers when goods move between a point and a producer: who owns each
 * variant and which of the producer's own stores keeps it. Each a single statement over the producer
 * links (named through LINK_TABLE), the product variants and their inventory levels.
 */

/** The producer that owns each variant (variants of local products have none). */
export async function ownersOfVariants(sql: RunSql, variantIds: string[]): Promise<Map<string, string | null>> {
  const rows = await sql(
    `SELECT pv.id AS variant_id, pp.producer_id FROM product_variant pv
       LEFT JOIN ${LINK_TABLE.producerProduct} pp ON pp.product_id = pv.product_id AND pp.deleted_at IS NULL
      WHERE pv.id = ANY(?) AND pv.deleted_at IS NULL`,
    [variantIds]
  )
  return new Map(rows.map((r: any) => [r.variant_id as string, (r.producer_id as string) ?? null]))
}

/** The producer's own stores, first linked first, and for each variant the store holding most of it. */
export async function producerStores(sql: RunSql, producerId: string, variantIds: string[]) {
  const locations = (
    await sql(
      `SELECT stock_location_id FROM ${LINK_TABLE.producerLocation} WHERE producer_id = ? AND deleted_at IS NULL ORDER BY created_at`,
      [producerId]
    )
  ).map((r: any) => r.stock_location_id as string)
  const levels = locations.length
    ? await sql(
        `SELECT vii.variant_id, il.location_id, (il.stocked_quantity - il.reserved_quantity) AS available FROM inventory_level il
           JOIN product_variant_inventory_item vii ON vii.inventory_item_id = il.inventory_item_id AND vii.deleted_at IS NULL
          WHERE il.location_id = ANY(?) AND il.deleted_at IS NULL AND vii.variant_id = ANY(?)
          ORDER BY available DESC`,
        [locations, variantIds]
      )
    : []
  const byVariant = new Map<string, string>()
  for (const l of levels) if (!byVariant.has(l.variant_id)) byVariant.set(l.variant_id, l.location_id)
  return { locations, storeOf: (variantId: string): string | null => byVariant.get(variantId) ?? null }
}
