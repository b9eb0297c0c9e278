import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { liveCertificate, neutraliseSpreadsheetFormula } from "@ocop/domain"
import { ERROR_CODES, ocopError } from "../../../../lib/errors"
import { RETAIL_MODULE } from "../../../../modules/retail"
import { NO_SALE_FACTS, sellabilityOf } from "../../../../modules/retail/sellability"
import type RetailModuleService from "../../../../modules/retail/service"
import { verifyUrl } from "../../../../modules/retail/verify-url"

const COLUMNS = [
  "point_id",
  "point_name",
  "variant_id",
  "sku",
  "barcode",
  "product_id",
  "title",
  "variant_title",
  "price_vnd",
  "quantity",
  "ocop",
  "stars",
  "certificate_status",
  "verification_code",
  "valid_until",
  "issuer",
  "decision_number",
  "verify_url",
] as const

// Producer text such as a title "=HYPERLINK(…)" must not run as a formula in the point's spreadsheet.
const csvCell = (v: unknown) => {
  const s = v == null ? "" : String(neutraliseSpreadsheetFormula(v))
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * The catalogue of one point of sale or booth for external POS software, chosen by the publishable
 * key of the point's sales channel: what it may sell now (listable OCOP products it stocks, with
 * their certificate, and local non-OCOP products without any badge data).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const channelIds: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  const retail: RetailModuleService = req.scope.resolve(RETAIL_MODULE)
  const owners = await retail.listPointIdsOfChannels(channelIds)
  if (!owners.length) {
    throw ocopError(
      "INVALID_DATA",
      ERROR_CODES.POS_FEED_NOT_A_POINT,
      "Khóa API này không thuộc điểm bán hay gian hàng nào",
      "This publishable key does not belong to a point of sale or booth"
    )
  }
  const points = await retail.listCounterPoints(owners)
  const now = new Date()
  const items: any[] = []
  for (const point of points) {
    if (!point.open || !point.stock_location_id) continue
    const stock = (await retail.listStockAtLocations([point.stock_location_id])).filter((s) => s.quantity > 0)
    const [facts, prices] = await Promise.all([
      retail.listSaleFacts([...new Set(stock.map((s) => s.product_id))]),
      retail.listVndPrices(stock.map((s) => s.variant_id)),
    ])
    for (const s of stock) {
      const productFacts = facts.get(s.product_id) ?? NO_SALE_FACTS
      const sellability = sellabilityOf(productFacts, now)
      if (!sellability.sellable) continue
      const live = sellability.ocop ? liveCertificate(productFacts.certificates) : null
      const price = prices.get(s.variant_id)
      items.push({
        point_id: point.id,
        point_name: point.name,
        variant_id: s.variant_id,
        sku: s.sku,
        barcode: s.barcode,
        product_id: s.product_id,
        title: s.title,
        variant_title: s.variant_title,
        price_vnd: price ?? null,
        quantity: s.quantity,
        ocop: sellability.ocop
          ? {
              stars: sellability.ocop.stars,
              certificate_status: sellability.ocop.certificate_status,
              verification_code: sellability.ocop.verification_code,
              valid_until: live?.extension_until ?? live?.valid_until ?? null,
              issuer: live?.issuer ?? null,
              decision_number: live?.decision_number ?? null,
              verify_url: verifyUrl(sellability.ocop.verification_code),
            }
          : null,
      })
    }
  }
  const { format } = req.validatedQuery as { format: "json" | "csv" }
  if (format === "csv") {
    const lines = [
      COLUMNS.join(","),
      ...items.map((i) =>
        [
          i.point_id,
          i.point_name,
          i.variant_id,
          i.sku,
          i.barcode,
          i.product_id,
          i.title,
          i.variant_title,
          i.price_vnd,
          i.quantity,
          i.ocop ? "yes" : "no",
          i.ocop?.stars,
          i.ocop?.certificate_status,
          i.ocop?.verification_code,
          i.ocop?.valid_until,
          i.ocop?.issuer,
          i.ocop?.decision_number,
          i.ocop?.verify_url,
        ]
          .map(csvCell)
          .join(",")
      ),
    ]
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="ocop-feed.csv"`)
    res.send("\uFEFF" + lines.join("\n") + "\n")
    return
  }
  res.json({
    points: points.map((p) => ({ id: p.id, kind: p.kind, name: p.name, open: p.open })),
    items,
    count: items.length,
    generated_at: now.toISOString(),
  })
}
