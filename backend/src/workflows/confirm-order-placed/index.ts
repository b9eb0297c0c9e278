import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { sendNotificationsOnceStep } from "../../notifications/send-once-step"
import { snapshotOrderCertificatesStep } from "./steps/snapshot-order-certificates"

/** After an order is placed: keep the certificates it was sold under, then tell the shopper. */
export const confirmOrderPlacedWorkflow = createWorkflow(
  "confirm-order-placed",
  (input: WorkflowData<{ order_id: string; now?: string }>) => {
    const snapshotInput = transform({ input }, ({ input }) => ({ order_id: input.order_id, now: input.now ?? new Date().toISOString() }))
    snapshotOrderCertificatesStep(snapshotInput)
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "email", "total", "currency_code", "items.title", "items.quantity"],
      filters: { id: input.order_id },
    })
    const notifications = transform({ orders }, ({ orders }) =>
      orders
        .filter((o: any) => o.email)
        .map((order: any) => ({
          to: order.email,
          channel: "email",
          template: "order-placed",
          idempotency_key: `order-placed-${order.id}`,
          data: {
            subject: `OCOP Market: đã nhận đơn hàng #${order.display_id}`,
            order_id: order.id,
            display_id: order.display_id,
            total: Number(order.total),
            currency_code: order.currency_code,
            items: (order.items ?? []).map((i: any) => ({ title: i.title, quantity: i.quantity })),
          },
        }))
    )
    sendNotificationsOnceStep(notifications)
    return new WorkflowResponse(input.order_id)
  }
)
