import type { MedusaContainer } from "@medusajs/framework/types"
import { CERTIFICATE_STATUS_LABELS } from "@ocop/domain"
import type { NewTask } from "../../workflows/create-retail-tasks/steps/create-tasks"
import type { PointKind } from "./points"
import { sql, T } from "./sql"

/** The points and booths that hold stock (> 0) of each of the given products: one statement. */
export async function pointsHoldingProducts(
  container: MedusaContainer,
  productIds: string[]
): Promise<Array<{ product_id: string; point_id: string; kind: PointKind }>> {
  if (!productIds.length) return []
  return sql(
    container,
    `SELECT DISTINCT pv.product_id, coalesce(spl.sales_point_id, bl.booth_id) AS point_id,
            CASE WHEN spl.sales_point_id IS NOT NULL THEN 'sales_point' ELSE 'booth' END AS kind
       FROM product_variant pv
       JOIN product_variant_inventory_item vii ON vii.variant_id = pv.id AND vii.deleted_at IS NULL
       JOIN inventory_level il ON il.inventory_item_id = vii.inventory_item_id AND il.deleted_at IS NULL AND il.stocked_quantity > 0
       LEFT JOIN ${T.salesPointLocation} spl ON spl.stock_location_id = il.location_id AND spl.deleted_at IS NULL
       LEFT JOIN ${T.boothLocation} bl ON bl.stock_location_id = il.location_id AND bl.deleted_at IS NULL
      WHERE pv.product_id = ANY(?) AND pv.deleted_at IS NULL AND (spl.sales_point_id IS NOT NULL OR bl.booth_id IS NOT NULL)`,
    [productIds]
  )
}

const PULL_STATUSES = ["revoked", "suspended", "expired"] as const

/**
 * The counter's work after a certificate change: a pull-list entry at every point holding the
 * product when its certificate is revoked, suspended or expired; a relabel task when a new
 * certificate supersedes it with a different star rating.
 */
export async function tasksForCertificateChange(container: MedusaContainer, certificateId: string, to: string): Promise<NewTask[]> {
  const [cert] = await sql(
    container,
    `SELECT c.id, c.stars, c.superseded_by_id, l.product_id FROM certificate c
       JOIN ${T.productCertificate} l ON l.certificate_id = c.id AND l.deleted_at IS NULL
      WHERE c.id = ?`,
    [certificateId]
  )
  if (!cert) return []
  let kind: "pull" | "relabel"
  let reason: string
  let taskCertificate = cert.id
  if ((PULL_STATUSES as readonly string[]).includes(to)) {
    kind = "pull"
    const label = CERTIFICATE_STATUS_LABELS[to as (typeof PULL_STATUSES)[number]].vi.toLowerCase()
    reason = `Gỡ khỏi quầy: chứng nhận OCOP ${label} — không được bán (pull from the shelf: certificate ${to})`
  } else if (to === "superseded" && cert.superseded_by_id) {
    const [newer] = await sql(container, `SELECT id, stars FROM certificate WHERE id = ?`, [cert.superseded_by_id])
    if (!newer || Number(newer.stars) === Number(cert.stars)) return []
    kind = "relabel"
    taskCertificate = newer.id
    const dir = Number(newer.stars) > Number(cert.stars) ? "nâng hạng" : "hạ hạng"
    reason = `In lại nhãn: ${dir} ${cert.stars}★ → ${newer.stars}★ (relabel: ${cert.stars}★ → ${newer.stars}★)`
  } else {
    return []
  }
  const points = await pointsHoldingProducts(container, [cert.product_id])
  return points.map((p) => ({
    kind,
    point_id: p.point_id,
    point_kind: p.kind,
    product_id: cert.product_id,
    certificate_id: taskCertificate,
    reason,
  }))
}

const PRODUCER_STOP_LABELS: Record<string, string> = { suspended: "bị tạm ngừng", rejected: "không được duyệt" }

/**
 * A pull-list entry at every point holding a product of a producer the office suspended or
 * rejected: its products are no longer sold anywhere, whatever their certificates say.
 */
export async function tasksForProducerStop(container: MedusaContainer, producerId: string, approvalStatus: string): Promise<NewTask[]> {
  const label = PRODUCER_STOP_LABELS[approvalStatus]
  if (!label) return []
  const products = await sql(
    container,
    `SELECT pp.product_id FROM ${T.producerProduct} pp WHERE pp.producer_id = ? AND pp.deleted_at IS NULL`,
    [producerId]
  )
  const reason = `Gỡ khỏi quầy: chủ thể OCOP ${label} — không được bán (pull from the shelf: producer ${approvalStatus})`
  const held = await pointsHoldingProducts(container, products.map((p: any) => p.product_id as string))
  return held.map((h) => ({ kind: "pull", point_id: h.point_id, point_kind: h.kind, product_id: h.product_id, certificate_id: null, reason }))
}
