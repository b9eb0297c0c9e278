import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETAIL_MODULE } from "../../../../../modules/retail"
import { NO_SALE_FACTS, sellabilityOf } from "../../../../../modules/retail/sellability"
import type RetailModuleService from "../../../../../modules/retail/service"

/** What this point holds, with each product's badge data and whether it may be sold now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const point = await retail.retrieveStaffedPoint(req.auth_context.actor_id, req.params.id)
  const rows = point.stock_location_id ? await retail.listStockAtLocations([point.stock_location_id]) : []
  const facts = await retail.listSaleFacts(rows.map((r) => r.product_id))
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
        ocop: s.ocop
          ? {
              stars: s.ocop.stars,
              certificate_status: s.ocop.certificate_status,
              listable: s.ocop.listable,
              verification_code: s.ocop.verification_code,
            }
          : null,
        local_non_ocop: s.local_non_ocop,
        sellable: s.sellable,
        ...(s.reason_vi ? { reason_vi: s.reason_vi } : {}),
      }
    }),
  })
}
