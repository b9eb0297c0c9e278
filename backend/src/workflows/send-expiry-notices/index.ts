import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_EXPIRING_EVENT } from "../../lib/events"
import { findDueExpiryNoticesStep } from "./steps/find-due-expiry-notices"

/**
 * Expiring-soon notices at 180, 120, 30 and 7 days before a certificate ends, once each: in the
 * office's feed, and as CERTIFICATE_EXPIRING_EVENT for the producer's e-mail (subscribers/notify-certificate-expiring.ts).
 */
export const sendExpiryNoticesWorkflow = createWorkflow("send-expiry-notices", (input: WorkflowData<{ now: Date }>) => {
  const due = findDueExpiryNoticesStep(input)
  const sent = sendNotificationsStep(due as any)
  emitEventStep({
    eventName: CERTIFICATE_EXPIRING_EVENT,
    data: transform({ due }, ({ due }) =>
      (due as any[]).map((n) => ({
        certificate_id: n.data.certificate_id,
        band_days: n.data.band_days,
        days_left: n.data.days_left,
        ends_on: n.data.ends_on,
      }))
    ),
  })
  return new WorkflowResponse(sent)
})
