import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound, producerOf, type ProducerRequest } from "../context"
import { ownOrderIdsPage, productIdsEverOwned } from "./own-order-lines"

/** Orders holding at least one line of the caller's products: one page of ids, newest first, and the count. */
export async function ownOrderIds(req: ProducerRequest, page: { limit: number; offset: number }, onlyOpen = false) {
  return ownOrderIdsPage(req.scope, producerOf(req).producer.id, page, onlyOpen)
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "currency_code",
  "email",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.address_1",
  "shipping_address.phone",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.variant_sku",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

/**
 * The orders as a producer sees them: ONLY its own lines and their totals, its own fulfilments, the
 * delivery city and name (to ship), nothing about other producers' goods.
 */
export async function loadPortalOrders(req: ProducerRequest, ids: string[]) {
  if (!ids.length) return []
  const own = await productIdsEverOwned(req.scope, producerOf(req).producer.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: ids } })
  const byId = new Map((data as any[]).map((o) => [o.id, o]))
  return ids
    .map((id) => byId.get(id))
    .filter(Boolean)
    .map((o: any) => {
      const items = (o.items ?? [])
        .filter((i: any) => i && own.has(i.product_id))
        .map((i: any) => {
          const quantity = Number(i.quantity ?? i.detail?.quantity ?? 0)
          const unitPrice = Number(i.unit_price)
          const fulfilled = Number(i.detail?.fulfilled_quantity ?? 0)
          return {
            id: i.id,
            title: i.title,
            product_id: i.product_id,
            product_title: i.product_title,
            variant_id: i.variant_id,
            variant_title: i.variant_title ?? i.subtitle ?? null,
            sku: i.variant_sku ?? null,
            quantity,
            unit_price: unitPrice,
            total: quantity * unitPrice,
            fulfilled_quantity: fulfilled,
            shipped_quantity: Number(i.detail?.shipped_quantity ?? 0),
            fulfilled: fulfilled >= quantity,
          }
        })
      const ownLineIds = new Set(items.map((i: any) => i.id))
      const fulfillments = (o.fulfillments ?? [])
        .filter((f: any) => f && (f.items ?? []).some((fi: any) => ownLineIds.has(fi.line_item_id)))
        .map((f: any) => ({
          id: f.id,
          created_at: f.created_at,
          shipped_at: f.shipped_at ?? null,
          tracking_number: f.labels?.[0]?.tracking_number ?? null,
          carrier: f.metadata?.carrier ?? null,
          line_item_ids: (f.items ?? []).map((fi: any) => fi.line_item_id).filter((id: string) => ownLineIds.has(id)),
        }))
      const fulfilledLines = items.filter((i: any) => i.fulfilled).length
      return {
        id: o.id,
        display_id: o.display_id,
        created_at: o.created_at,
        status: o.status,
        currency_code: o.currency_code,
        customer: {
          name: [o.shipping_address?.last_name, o.shipping_address?.first_name].filter(Boolean).join(" ") || null,
          city: o.shipping_address?.city ?? o.shipping_address?.province ?? null,
          address_1: o.shipping_address?.address_1 ?? null,
          phone: o.shipping_address?.phone ?? null,
        },
        items,
        item_total: items.reduce((s: number, i: any) => s + i.total, 0),
        fulfillment_status: fulfilledLines === 0 ? "not_fulfilled" : fulfilledLines === items.length ? "fulfilled" : "partially_fulfilled",
        fulfillments,
      }
    })
    .filter((o) => o.items.length > 0)
}

/** One order of the producer (404 when it holds none of its lines). */
export async function loadOwnOrder(req: ProducerRequest, orderId: string) {
  const [order] = await loadPortalOrders(req, [orderId])
  if (!order) throw notFound("đơn hàng")
  return order
}
