import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PAYMENT_NOTIFICATIONS_MODULE } from "../../../modules/payment-notifications"
import { acceptPaymentNotificationWorkflow, type AcceptPaymentNotificationInput } from "../../../workflows/accept-payment-notification"

const LOCK_TIMEOUT_S = 60

export const notificationRecorded = async (scope: MedusaContainer, id: string) =>
  ((await (scope.resolve(PAYMENT_NOTIFICATIONS_MODULE) as any).listPaymentNotifications({ id })) as unknown[]).length > 0

/**
 * Processes a verified notification once: deliveries of one sender transaction wait for each other
 * (VNPay sends the IPN and the shopper's return at the same moment; aggregators retry), and a
 * notification already recorded is acknowledged again without effect (`duplicate`).
 */
export async function acceptNotificationOnce(scope: MedusaContainer, input: AcceptPaymentNotificationInput) {
  const id = input.notification.id
  return scope.resolve(Modules.LOCKING).execute(
    `payment-notification:${id}`,
    async () => {
      if (await notificationRecorded(scope, id)) {
        return { duplicate: true }
      }
      try {
        await acceptPaymentNotificationWorkflow(scope).run({ input })
        return { duplicate: false }
      } catch (e) {
        // another server recorded it first (the lock is per process without a shared locking provider)
        if (await notificationRecorded(scope, id)) {
          return { duplicate: true }
        }
        throw e
      }
    },
    { timeout: LOCK_TIMEOUT_S }
  )
}

/** A payment session with its payment (if the cart was completed), or undefined. */
export async function sessionWithPayment(scope: MedusaContainer, filters: Record<string, unknown>) {
  const sessions = await scope.resolve(Modules.PAYMENT).listPaymentSessions(filters as any, {
    relations: ["payment"],
    order: { created_at: "DESC" },
  })
  // a session that became a payment first (the order's), else the newest
  return (sessions.find((s: any) => s.payment) ?? sessions[0]) as any
}
