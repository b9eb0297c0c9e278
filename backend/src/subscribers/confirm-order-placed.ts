import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { confirmOrderPlacedWorkflow } from "../workflows/confirm-order-placed"

export default async function confirmOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await confirmOrderPlacedWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
