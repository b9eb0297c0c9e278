import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producersOfProducts } from "../notifications/recipients"
import { sendNotificationsOnce } from "../notifications/send-once"
import { EMAIL_TEMPLATES, type OrderForProducerData } from "../notifications/templates"

/**
 * A new order: each producer with lines in it gets an e-mail listing ONLY its own lines and their
 * total (the shopper's confirmation is sent by the confirm-order-placed workflow). The key
 * order-new-producer:<order>:<producer> makes a redelivered event send nothing twice.
 */
export default async function notifyProducersOfOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "items.product_id",
      "items.title",
      "items.quantity",
      "items.detail.quantity",
      "items.unit_price",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "shipping_address.city",
    ],
    filters: { id: event.data.id },
  })
  const order = data[0] as any
  if (!order) return
  const items = ((order.items ?? []) as any[]).filter(Boolean)
  const producers = await producersOfProducts(container, [...new Set(items.map((i) => i.product_id).filter(Boolean))] as string[])
  const customer = {
    name: [order.shipping_address?.last_name, order.shipping_address?.first_name].filter(Boolean).join(" ") || null,
    city: order.shipping_address?.city ?? null,
  }
  const notifications = [...producers.values()].map((producer) => {
    const lines = items
      .filter((i) => producer.product_ids.has(i.product_id))
      .map((i) => {
        const quantity = Number(i.quantity ?? i.detail?.quantity ?? 0)
        const unitPrice = Number(i.unit_price)
        return { title: i.title, quantity, unit_price: unitPrice, total: quantity * unitPrice }
      })
    const data: OrderForProducerData = {
      display_id: order.display_id,
      producer_name: producer.name,
      items: lines,
      item_total: lines.reduce((sum, l) => sum + l.total, 0),
      customer,
    }
    return {
      to: producer.email,
      channel: "email",
      template: EMAIL_TEMPLATES.orderNewForProducer,
      idempotency_key: `order-new-producer:${order.id}:${producer.id}`,
      receiver_id: producer.id,
      resource_id: order.id,
      resource_type: "order",
      data: { ...data, order_id: order.id },
    }
  })
  await sendNotificationsOnce(container, notifications)
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "notify-order-placed" } }
