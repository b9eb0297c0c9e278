import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_CHANGED_EVENT, CERTIFICATE_EVENTS } from "../../lib/events"
import { findCertificateProductsStep } from "../steps/find-certificate-products"
import { recordCertificateEventsStep } from "../steps/record-certificate-events"
import { updateCertificatesStep } from "../steps/update-certificates"
import { syncProductListingWorkflow } from "../sync-product-listing"
import { findDueCertificatesStep } from "./steps/find-due-certificates"

/** The clock: certificates past their end date become expired and their products are delisted. */
export const expireCertificatesWorkflow = createWorkflow("expire-certificates", (input: WorkflowData<{ now: Date }>) => {
  const due = findDueCertificatesStep(input)
  const updates = transform({ due }, ({ due }) => due.map((c: any) => ({ id: c.id, status: "expired" })))
  updateCertificatesStep(updates)
  const events = transform({ due, input }, ({ due, input }) =>
    due.map((c: any) => ({
      certificate_id: c.id,
      from_status: c.status,
      to_status: "expired",
      actor_type: "system",
      actor_id: "certificate-clock",
      reason: null,
      document_url: null,
      occurred_at: new Date(input.now),
    }))
  )
  recordCertificateEventsStep(events)
  const productIds = findCertificateProductsStep(transform({ due }, ({ due }) => due.map((c: any) => c.id)))
  syncProductListingWorkflow.runAsStep({
    input: transform({ productIds, input }, ({ productIds, input }) => ({ product_ids: productIds, now: input.now })),
  })
  emitEventStep({
    eventName: CERTIFICATE_CHANGED_EVENT,
    data: transform({ due }, ({ due }) => due.map((c: any) => ({ certificate_id: c.id, to: "expired" }))),
  }).config({ name: "emit-certificates-expired" })
  emitEventStep({
    eventName: CERTIFICATE_EVENTS.expired,
    data: transform({ due }, ({ due }) => due.map((c: any) => ({ certificate_id: c.id, to: "expired" }))),
  }).config({ name: "emit-certificate-expired-facts" })
  return new WorkflowResponse(transform({ due }, ({ due }) => due.map((c: any) => c.id as string)))
})
