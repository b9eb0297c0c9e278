import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsOnce } from "./send-once"

/**
 * Medusa's sendNotificationsStep, but safe to retry (see send-once.ts): a notification whose earlier
 * attempt failed is sent again once, never once per retry. A sent e-mail cannot be taken back, so
 * there is no compensation (as in Medusa's step).
 */
export const sendNotificationsOnceStep = createStep(
  "send-notifications-once",
  async (data: Parameters<typeof sendNotificationsOnce>[1], { container }) => {
    const created = await sendNotificationsOnce(container, data)
    return new StepResponse(created)
  }
)
