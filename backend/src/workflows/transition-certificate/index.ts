import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_CHANGED_EVENT } from "../../lib/events"
import { findCertificateProductsStep } from "../steps/find-certificate-products"
import { recordCertificateEventsStep } from "../steps/record-certificate-events"
import { updateCertificatesStep } from "../steps/update-certificates"
import { syncProductListingWorkflow } from "../sync-product-listing"
import { assertTransitionStep } from "./steps/assert-transition"
import { loadCertificateStep } from "./steps/load-certificate"

export type TransitionCertificateInput = {
  certificate_id: string
  to: string
  actor: { type: string; id?: string | null }
  reason?: string | null
  document_url?: string | null
  revocation_ground?: string | null
  extension_until?: string | null
  superseded_reason?: string | null
  superseded_by_id?: string | null
  now?: Date
}

/**
 * Moves a certificate to another state: checks the state machine, updates it, appends the event and
 * re-syncs the product's listing, all or nothing.
 */
export const transitionCertificateWorkflow = createWorkflow(
  "transition-certificate",
  (input: WorkflowData<TransitionCertificateInput>) => {
    const certificate = loadCertificateStep(input.certificate_id)
    const transition = transform({ input, certificate }, ({ input, certificate }) => ({
      from: certificate.status as string,
      to: input.to,
      valid_until: certificate.valid_until as string,
      extension_until: input.extension_until,
      revocation_ground: input.revocation_ground,
      now: input.now ?? new Date(),
    }))
    assertTransitionStep(transition)
    const update = transform({ input }, ({ input }) => [
      {
        id: input.certificate_id,
        status: input.to,
        ...(input.revocation_ground !== undefined ? { revocation_ground: input.revocation_ground } : {}),
        ...(input.extension_until !== undefined ? { extension_until: input.extension_until } : {}),
        ...(input.superseded_reason !== undefined ? { superseded_reason: input.superseded_reason } : {}),
        ...(input.superseded_by_id !== undefined ? { superseded_by_id: input.superseded_by_id } : {}),
      },
    ])
    const updated = updateCertificatesStep(update)
    const event = transform({ input, certificate }, ({ input, certificate }) => [
      {
        certificate_id: input.certificate_id,
        from_status: certificate.status as string,
        to_status: input.to,
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        reason: input.reason ?? input.revocation_ground ?? input.superseded_reason ?? null,
        document_url: input.document_url ?? null,
        occurred_at: input.now ?? new Date(),
      },
    ])
    recordCertificateEventsStep(event)
    const productIds = findCertificateProductsStep(transform({ input }, ({ input }) => [input.certificate_id]))
    const syncInput = transform({ input, productIds }, ({ input, productIds }) => ({ product_ids: productIds, now: input.now }))
    syncProductListingWorkflow.runAsStep({ input: syncInput })
    emitEventStep({
      eventName: CERTIFICATE_CHANGED_EVENT,
      data: transform({ input }, ({ input }) => ({ certificate_id: input.certificate_id, to: input.to })),
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
