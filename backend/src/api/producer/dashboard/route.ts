import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isProductListable, liveCertificate } from "@ocop/domain"
import { ownProductIds, producerOf, type ProducerRequest } from "../context"
import { ownStockRows } from "../inventory/levels"
import { loadPortalOrders, ownOrderIds } from "../orders/own-orders"
import { toPortalCertificate } from "../portal-views"
import { toPortalProducer } from "../serialize"

export const LOW_STOCK_THRESHOLD = 5
const NEW_ORDERS_SHOWN = 10

/** The portal's first screen: approval, certificates with days to expiry, low stock, orders to ship. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer } = producerOf(req)
  const now = new Date()
  const ids = await ownProductIds(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, stock, openOrders] = await Promise.all([
    ids.length
      ? query.graph({ entity: "product", fields: ["id", "title", "status", "certificates.*"], filters: { id: ids } })
      : Promise.resolve({ data: [] as any[] }),
    ownStockRows(req),
    ownOrderIds(req, { limit: NEW_ORDERS_SHOWN, offset: 0 }, true),
  ])
  const certificates = (products as any[])
    .map((p) => {
      const live = liveCertificate((p.certificates ?? []).filter(Boolean))
      return live ? toPortalCertificate(live, now, { id: p.id, title: p.title }) : null
    })
    .filter((c): c is NonNullable<typeof c> => !!c)
    .sort((a, b) => String(a.valid_until).localeCompare(String(b.valid_until)))
  const listed = (products as any[]).filter(
    (p) => p.status === "published" && isProductListable(liveCertificate((p.certificates ?? []).filter(Boolean)) as any, producer, now)
  ).length
  const lowStock = stock.filter((r) => r.available <= LOW_STOCK_THRESHOLD)
  const newOrders = (await loadPortalOrders(req, openOrders.ids)).map((o) => ({
    id: o.id,
    display_id: o.display_id,
    created_at: o.created_at,
    item_count: o.items.reduce((s: number, i: any) => s + i.quantity, 0),
    item_total: o.item_total,
    fulfillment_status: o.fulfillment_status,
  }))
  res.json({
    producer: toPortalProducer(producer),
    certificates,
    low_stock: lowStock,
    new_orders: newOrders,
    counts: {
      products: ids.length,
      listed_products: listed,
      pending_certificates: certificates.filter((c) => c.status === "pending_review").length,
      expiring_certificates: certificates.filter((c) => c.effective_status === "expiring_soon").length,
      new_orders: openOrders.count,
      low_stock: lowStock.length,
    },
  })
}
