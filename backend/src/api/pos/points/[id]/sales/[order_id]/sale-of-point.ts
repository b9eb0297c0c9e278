import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ERROR_CODES, ocopError } from "../../../../../../lib/errors"
import type { RetailPoint } from "../../../../../../modules/retail/points"

/** A counter sale of this point (its channel and its metadata agree), with the given fields; another point's order → 404. */
export async function saleOfPoint(container: MedusaContainer, point: RetailPoint, orderId: string, fields: string[]): Promise<any> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "metadata", "sales_channel_id", ...fields],
    filters: { id: orderId },
  })
  const order = data[0] as any
  if (!order || order.metadata?.point_id !== point.id || order.sales_channel_id !== point.sales_channel_id) {
    throw ocopError("NOT_FOUND", ERROR_CODES.POS_SALE_NOT_FOUND, "Không tìm thấy hoá đơn", "Sale not found")
  }
  return order
}

/** "paid" once the sale's payment collection is completed, "awaiting" while a VietQR transfer is not confirmed. */
export function paymentStatusOf(order: { payment_collections?: Array<{ status: string } | null> }): "paid" | "awaiting" {
  const collections = (order.payment_collections ?? []).filter(Boolean) as Array<{ status: string }>
  return collections.length && collections.every((c) => c.status === "completed") ? "paid" : "awaiting"
}
