import type { MedusaContainer } from "@medusajs/framework/types"
import { CONSIGNMENT_STATUS_LABELS, CONSIGNMENT_TRANSITIONS, type ConsignmentStatus } from "@ocop/domain"
import { ocopError } from "../errors"
import { sql, T } from "./sql"

export const consignmentNotFound = () =>
  ocopError("NOT_FOUND", "pos.consignment_not_found", "Không tìm thấy phiếu ký gửi", "Consignment not found")

export const consignmentRequired = () =>
  ocopError(
    "NOT_ALLOWED",
    "pos.consignment_required",
    "Hàng của chủ thể OCOP chỉ được nhận theo phiếu ký gửi đã được chủ thể xác nhận",
    "A producer's goods are received only through a consignment the producer confirmed"
  )

export const consignmentNotInState = (status: string, wanted: ConsignmentStatus) =>
  ocopError(
    "NOT_ALLOWED",
    "pos.consignment_state",
    `Phiếu ký gửi đang ở trạng thái «${CONSIGNMENT_STATUS_LABELS[status as ConsignmentStatus]?.vi ?? status}», không thể chuyển sang «${CONSIGNMENT_STATUS_LABELS[wanted].vi}»`,
    `The consignment is ${status}; it cannot become ${wanted}`
  )

/** The producer that owns each variant (variants of local products have none). */
export async function ownersOfVariants(container: MedusaContainer, variantIds: string[]): Promise<Map<string, string | null>> {
  const rows = await sql(
    container,
    `SELECT pv.id AS variant_id, pp.producer_id FROM product_variant pv
       LEFT JOIN ${T.producerProduct} pp ON pp.product_id = pv.product_id AND pp.deleted_at IS NULL
      WHERE pv.id = ANY(?) AND pv.deleted_at IS NULL`,
    [variantIds]
  )
  return new Map(rows.map((r: any) => [r.variant_id as string, (r.producer_id as string) ?? null]))
}

export type ConsignmentView = {
  id: string
  status: ConsignmentStatus
  allowed_transitions: readonly ConsignmentStatus[]
  point: { id: string; kind: string; name: string | null }
  producer: { id: string; name: string | null }
  note: string | null
  decided_as: string | null
  decided_at: string | null
  refusal_reason: string | null
  received_at: string | null
  created_at: string
  lines: Array<{ variant_id: string; quantity: number; product_title: string | null; variant_title: string | null; sku: string | null }>
}

/**
 * Consignments with their lines, product titles, point and producer names, in one statement each,
 * filtered by point or by producer (a caller always passes its own scope).
 */
export async function loadConsignments(
  container: MedusaContainer,
  scope: { point_id?: string; producer_id?: string; ids?: string[]; status?: string },
  page: { limit: number; offset: number } = { limit: 50, offset: 0 }
): Promise<{ consignments: ConsignmentView[]; count: number }> {
  const where: string[] = ["c.deleted_at IS NULL"]
  const bindings: unknown[] = []
  if (scope.point_id) (where.push("c.point_id = ?"), bindings.push(scope.point_id))
  if (scope.producer_id) (where.push("c.producer_id = ?"), bindings.push(scope.producer_id))
  if (scope.ids) (where.push("c.id = ANY(?)"), bindings.push(scope.ids))
  if (scope.status) (where.push("c.status = ?"), bindings.push(scope.status))
  const filter = where.join(" AND ")
  const [rows, [{ count }]] = await Promise.all([
    sql(
      container,
      `SELECT c.*, p.name AS producer_name, COALESCE(sp.name, b.name || ' — ' || f.name) AS point_name
         FROM consignment c
         LEFT JOIN producer p ON p.id = c.producer_id
         LEFT JOIN sales_point sp ON sp.id = c.point_id
         LEFT JOIN booth b ON b.id = c.point_id
         LEFT JOIN fair f ON f.id = b.fair_id
        WHERE ${filter} ORDER BY c.created_at DESC, c.id LIMIT ? OFFSET ?`,
      [...bindings, page.limit, page.offset]
    ),
    sql(container, `SELECT count(*)::int AS count FROM consignment c WHERE ${filter}`, bindings),
  ])
  const ids = rows.map((r: any) => r.id)
  const lines = ids.length
    ? await sql(
        container,
        `SELECT l.consignment_id, l.variant_id, l.quantity, pv.title AS variant_title, pv.sku, pr.title AS product_title
           FROM consignment_line l
           LEFT JOIN product_variant pv ON pv.id = l.variant_id
           LEFT JOIN product pr ON pr.id = pv.product_id
          WHERE l.consignment_id = ANY(?) AND l.deleted_at IS NULL ORDER BY l.created_at, l.id`,
        [ids]
      )
    : []
  const consignments = rows.map(
    (r: any): ConsignmentView => ({
      id: r.id,
      status: r.status,
      allowed_transitions: CONSIGNMENT_TRANSITIONS[r.status as ConsignmentStatus] ?? [],
      point: { id: r.point_id, kind: r.point_kind, name: r.point_name ?? null },
      producer: { id: r.producer_id, name: r.producer_name ?? null },
      note: r.note ?? null,
      decided_as: r.decided_as ?? null,
      decided_at: r.decided_at ? new Date(r.decided_at).toISOString() : null,
      refusal_reason: r.refusal_reason ?? null,
      received_at: r.received_at ? new Date(r.received_at).toISOString() : null,
      created_at: new Date(r.created_at).toISOString(),
      lines: lines
        .filter((l: any) => l.consignment_id === r.id)
        .map((l: any) => ({
          variant_id: l.variant_id,
          quantity: Number(l.quantity),
          product_title: l.product_title ?? null,
          variant_title: l.variant_title ?? null,
          sku: l.sku ?? null,
        })),
    })
  )
  return { consignments, count: Number(count) }
}

/** The producer's own stores, and for each variant the store holding most of it (the source of a consignment). */
export async function producerStoresOf(container: MedusaContainer, producerId: string, variantIds: string[]) {
  const locations = (
    await sql(container, `SELECT stock_location_id FROM ${T.producerLocation} WHERE producer_id = ? AND deleted_at IS NULL ORDER BY created_at`, [producerId])
  ).map((r: any) => r.stock_location_id as string)
  const levels = locations.length
    ? await sql(
        container,
        `SELECT vii.variant_id, il.location_id, (il.stocked_quantity - il.reserved_quantity) AS available FROM inventory_level il
           JOIN product_variant_inventory_item vii ON vii.inventory_item_id = il.inventory_item_id AND vii.deleted_at IS NULL
          WHERE il.location_id = ANY(?) AND il.deleted_at IS NULL AND vii.variant_id = ANY(?)
          ORDER BY available DESC`,
        [locations, variantIds]
      )
    : []
  const storeOf = (variantId: string): string | null => levels.find((l: any) => l.variant_id === variantId)?.location_id ?? null
  return { locations, storeOf }
}
