import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { findDueExpiryNoticesStep } from "./steps/find-due-expiry-notices"

/** Expiring-soon notices at 180, 120, 30 and 7 days before a certificate ends, once each. */
export const sendExpiryNoticesWorkflow = createWorkflow("send-expiry-notices", (input: WorkflowData<{ now: Date }>) => {
  const due = findDueExpiryNoticesStep(input)
  const sent = sendNotificationsStep(due as any)
  return new WorkflowResponse(sent)
})
