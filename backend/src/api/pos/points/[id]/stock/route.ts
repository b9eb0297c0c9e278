import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pointOfStaff } from "../../../../../lib/retail/points"
import { NO_SALE_FACTS, saleFactsOfProducts, stockAtLocations } from "../../../../../lib/retail/stock"
import { sellabilityOf } from "../../../../../lib/retail/sellability"

/** What this point holds, with each product's badge data and whether it may be sold now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await pointOfStaff(req.scope, req.auth_context.actor_id, req.params.id)
  const rows = point.stock_location_id ? await stockAtLocations(req.scope, [point.stock_location_id]) : []
  const facts = await saleFactsOfProducts(req.scope, rows.map((r) => r.product_id))
  const now = new Date()
  res.json({
    items: rows.map((r) => {
      const s = sellabilityOf(facts.get(r.product_id) ?? NO_SALE_FACTS, now)
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
