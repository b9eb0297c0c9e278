import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendNotificationsOnce } from "../notifications/send-once"
import { EMAIL_TEMPLATES, type OrderCanceledData } from "../notifications/templates"

/** A cancelled order: the shopper is told once (key order-canceled:<order>). */
export default async function notifyOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "total", "items.title", "items.quantity", "items.detail.quantity"],
    filters: { id: event.data.id },
  })
  const order = data[0] as any
  if (!order?.email) return
  const message: OrderCanceledData = {
    display_id: order.display_id,
    total: Number(order.total),
    items: ((order.items ?? []) as any[])
      .filter(Boolean)
      .map((i) => ({ title: i.title, quantity: Number(i.quantity ?? i.detail?.quantity ?? 0) })),
  }
  await sendNotificationsOnce(container, [
    {
      to: order.email,
      channel: "email",
      template: EMAIL_TEMPLATES.orderCanceled,
      idempotency_key: `order-canceled:${order.id}`,
      resource_id: order.id,
      resource_type: "order",
      data: { ...message, order_id: order.id },
    },
  ])
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "notify-order-canceled" } }
