import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pointOfStaff } from "../../../../../lib/retail/points"
import { certificatesOfProducts, stockAtLocations } from "../../../../../lib/retail/stock"
import { sellabilityOf } from "../../../../../lib/retail/sellability"
import { sql } from "../../../../../lib/retail/sql"

/** What this point holds, with each product's badge data and whether it may be sold now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  const rows = point.stock_location_id ? await stockAtLocations(req.scope, [point.stock_location_id]) : []
  const certificates = await certificatesOfProducts(req.scope, rows.map((r) => r.product_id))
  const meta = rows.length
    ? await sql(req.scope, `SELECT id, metadata FROM product WHERE id = ANY(?)`, [[...new Set(rows.map((r) => r.product_id))]])
    : []
  const now = new Date()
  res.json({
    items: rows.map((r) => {
      const s = sellabilityOf(certificates.get(r.product_id) ?? [], meta.find((m: any) => m.id === r.product_id)?.metadata ?? null, now)
      return {
        variant_id: r.variant_id,
        sku: r.sku,
        barcode: r.barcode,
        title: r.title,
        variant_title: r.variant_title,
        product_id: r.product_id,
        producer_id: r.producer_id,
        quantity: r.quantity,
        ocop: s.ocop ? { stars: s.ocop.stars, certificate_status: s.ocop.certificate_status, listable: s.ocop.listable, verification_code: s.ocop.verification_code } : null,
        local_non_ocop: s.local_non_ocop,
        sellable: s.sellable,
        ...(s.reason_vi ? { reason_vi: s.reason_vi } : {}),
      }
    }),
  })
}
