import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_CHANGED_EVENT, certificateFactEvent } from "../../lib/events"
import { findCertificateProductsStep } from "../steps/find-certificate-products"
import { recordCertificateEventsStep } from "../steps/record-certificate-events"
import { updateCertificatesStep } from "../steps/update-certificates"
import { syncProductListingWorkflow } from "../sync-product-listing"
import { assertSubmissionFitsStep } from "./steps/assert-submission-fits"
import { assertTransitionStep } from "./steps/assert-transition"
import { findReplacedCertificateStep } from "./steps/find-replaced-certificate"
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
 * re-syncs the product's listing, all or nothing. Verifying a producer's submission supersedes the
 * product's certificate in force until then (its own event, reason from the star ratings).
 */
export const transitionCertificateWorkflow = createWorkflow("transition-certificate", (input: WorkflowData<TransitionCertificateInput>) => {
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
  assertSubmissionFitsStep(
    transform({ input, certificate }, ({ input, certificate }) => ({ certificate: certificate as any, to: input.to, now: input.now }))
  )
  const replaced = findReplacedCertificateStep(
    transform({ input, certificate }, ({ input, certificate }) => ({
      certificate_id: input.certificate_id,
      from: certificate.status as string,
      to: input.to,
      stars: Number(certificate.stars),
    }))
  )
  const update = transform({ input, replaced }, ({ input, replaced }) => [
    {
      id: input.certificate_id,
      status: input.to,
      ...(input.revocation_ground !== undefined ? { revocation_ground: input.revocation_ground } : {}),
      ...(input.extension_until !== undefined ? { extension_until: input.extension_until } : {}),
      ...(input.superseded_reason !== undefined ? { superseded_reason: input.superseded_reason } : {}),
      ...(input.superseded_by_id !== undefined ? { superseded_by_id: input.superseded_by_id } : {}),
    },
    ...(replaced
      ? [{ id: replaced.id, status: "superseded", superseded_reason: replaced.reason, superseded_by_id: input.certificate_id }]
      : []),
  ])
  const updated = updateCertificatesStep(update)
  const event = transform({ input, certificate, replaced }, ({ input, certificate, replaced }) => [
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
    ...(replaced
      ? [
          {
            certificate_id: replaced.id,
            from_status: replaced.from,
            to_status: "superseded",
            actor_type: input.actor.type,
            actor_id: input.actor.id ?? null,
            reason: replaced.reason,
            document_url: input.document_url ?? null,
            occurred_at: input.now ?? new Date(),
          },
        ]
      : []),
  ])
  recordCertificateEventsStep(event)
  const productIds = findCertificateProductsStep(transform({ input }, ({ input }) => [input.certificate_id]))
  const syncInput = transform({ input, productIds }, ({ input, productIds }) => ({ product_ids: productIds, now: input.now }))
  syncProductListingWorkflow.runAsStep({ input: syncInput })
  emitEventStep({
    eventName: CERTIFICATE_CHANGED_EVENT,
    // one event per changed certificate (the replaced one's "superseded" gives points their relabel task)
    data: transform({ input, replaced }, ({ input, replaced }) =>
      replaced
        ? [
            { certificate_id: input.certificate_id, to: input.to },
            { certificate_id: replaced.id, to: "superseded" },
          ]
        : { certificate_id: input.certificate_id, to: input.to }
    ),
  })
  // the same changes under the name of their fact (approved, suspended, revoked, upgraded…)
  emitEventStep({
    eventName: transform({ input, certificate }, ({ input, certificate }) =>
      certificateFactEvent({ from: certificate.status as string, to: input.to, superseded_reason: input.superseded_reason })
    ),
    data: transform({ input }, ({ input }) => ({
      certificate_id: input.certificate_id,
      to: input.to,
      ...(input.superseded_by_id ? { superseded_by_id: input.superseded_by_id } : {}),
    })),
  }).config({ name: "emit-certificate-fact" })
  when("replaced-certificate-fact", { replaced }, ({ replaced }) => !!replaced).then(() => {
    emitEventStep({
      eventName: transform({ replaced }, ({ replaced }) =>
        certificateFactEvent({ from: replaced!.from, to: "superseded", superseded_reason: replaced!.reason })
      ),
      data: transform({ input, replaced }, ({ input, replaced }) => ({
        certificate_id: replaced!.id,
        to: "superseded",
        superseded_by_id: input.certificate_id,
      })),
    }).config({ name: "emit-replaced-certificate-fact" })
  })
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
