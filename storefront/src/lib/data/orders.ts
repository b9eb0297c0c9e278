import type { HttpTypes } from "@medusajs/types"
import { getSdk, isNotFoundError } from "@/lib/config"
import { authHeaders } from "./cookies"
import { orderAccessHeaders } from "./order-access"

/**
 * Orders for the confirmation page and the account. Order lines carry, in their metadata, the
 * certificate and producer identity they were sold under (written by the backend just after
 * the order is placed).
 */
const ORDER_FIELDS =
  "id,display_id,email,status,payment_status,fulfillment_status,created_at,currency_code,customer_id," +
  "total,subtotal,item_total,shipping_total,tax_total,discount_total," +
  "*items,+items.metadata,+items.total,+items.product_handle," +
  "*shipping_address,*shipping_methods,*payment_collections,*payment_collections.payments"

/**
 * An order by id, for its owner only: the logged-in customer's session, or the guest's signed token
 * (the cookie set at checkout, or a signed link's `token`). Anyone else gets null (the backend's 404).
 */
export async function retrieveOrder(id: string, linkToken?: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(id)}`, {
      method: "GET",
      query: { fields: ORDER_FIELDS },
      headers: { ...(await authHeaders()), ...(await orderAccessHeaders(id, linkToken)) },
      cache: "no-store",
    })
    return order
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

/** The logged-in customer's orders, newest first, paginated by the backend. */
export async function listOrders({ limit = 20, offset = 0 } = {}): Promise<{ orders: HttpTypes.StoreOrder[]; count: number }> {
  const { orders, count } = await getSdk().client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    method: "GET",
    query: {
      limit,
      offset,
      order: "-created_at",
      fields: "id,display_id,created_at,status,payment_status,fulfillment_status,total,currency_code,*items",
    },
    headers: await authHeaders(),
    cache: "no-store",
  })
  return { orders, count }
}
