import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_NOTIFICATIONS_MODULE } from "../../../modules/payment-notifications"
import type { PaymentNotificationRecord } from ".."

/** Records the notification by its sender's id; a second record of the same id fails (primary key). */
export const recordPaymentNotificationStep = createStep(
  "record-payment-notification",
  async (notification: PaymentNotificationRecord, { container }) => {
    const service = container.resolve(PAYMENT_NOTIFICATIONS_MODULE) as any
    const created = await service.createPaymentNotifications(notification)
    return new StepResponse(created, notification.id)
  },
  async (id, { container }) => {
    if (id) {
      await (container.resolve(PAYMENT_NOTIFICATIONS_MODULE) as any).deletePaymentNotifications(id)
    }
  }
)
