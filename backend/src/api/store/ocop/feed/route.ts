import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { liveCertificate, neutraliseSpreadsheetFormula } from "@ocop/domain"
import { ocopError } from "../../../../lib/errors"
import { verifyUrl } from "../../../../lib/retail/labels"
import { loadPoints } from "../../../../lib/retail/points"
import { sellabilityOf } from "../../../../lib/retail/sellability"
import { sql } from "../../../../lib/retail/sql"
import { NO_SALE_FACTS, saleFactsOfProducts, stockAtLocations } from "../../../../lib/retail/stock"

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
  const owners = channelIds.length
    ? await sql(
        req.scope,
        `SELECT sales_point_id AS point_id FROM retail_sales_point_sales_channel_sales_channel WHERE sales_channel_id = ANY(?) AND deleted_at IS NULL
         UNION SELECT booth_id FROM retail_booth_sales_channel_sales_channel WHERE sales_channel_id = ANY(?) AND deleted_at IS NULL`,
        [channelIds, channelIds]
      )
    : []
  if (!owners.length) {
    throw ocopError(
      "INVALID_DATA",
      "pos.feed_not_a_point",
      "Khóa API này không thuộc điểm bán hay gian hàng nào",
      "This publishable key does not belong to a point of sale or booth"
    )
  }
  const points = await loadPoints(req.scope, owners.map((o: any) => o.point_id))
  const now = new Date()
  const items: any[] = []
  for (const point of points) {
    if (!point.open || !point.stock_location_id) continue
    const stock = (await stockAtLocations(req.scope, [point.stock_location_id])).filter((s) => s.quantity > 0)
    const productIds = [...new Set(stock.map((s) => s.product_id))]
    const facts = await saleFactsOfProducts(req.scope, productIds)
    const prices = stock.length
      ? await sql(
          req.scope,
          `SELECT vps.variant_id, min(pr.amount) AS amount FROM product_variant_price_set vps
             JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL AND pr.currency_code = 'vnd'
              AND pr.price_list_id IS NULL AND coalesce(pr.rules_count, 0) = 0
            WHERE vps.variant_id = ANY(?) AND vps.deleted_at IS NULL GROUP BY vps.variant_id`,
          [stock.map((s) => s.variant_id)]
        )
      : []
    for (const s of stock) {
      const productFacts = facts.get(s.product_id) ?? NO_SALE_FACTS
      const sellability = sellabilityOf(productFacts, now)
      if (!sellability.sellable) continue
      const live = sellability.ocop ? liveCertificate(productFacts.certificates) : null
      const price = prices.find((p: any) => p.variant_id === s.variant_id)?.amount
      items.push({
        point_id: point.id,
        point_name: point.name,
        variant_id: s.variant_id,
        sku: s.sku,
        barcode: s.barcode,
        product_id: s.product_id,
        title: s.title,
        variant_title: s.variant_title,
        price_vnd: price == null ? null : Number(price),
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
