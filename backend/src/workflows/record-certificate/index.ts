import { randomBytes } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_CHANGED_EVENT, CERTIFICATE_EVENTS } from "../../lib/events"
import { OCOP_MODULE } from "../../modules/ocop"
import { recordCertificateEventsStep } from "../steps/record-certificate-events"
import { syncProductListingWorkflow } from "../sync-product-listing"
import { transitionCertificateWorkflow } from "../transition-certificate"
import { assertCertificateFitsProductStep } from "../steps/assert-certificate-fits-product"
import { assertProductExistsStep } from "./steps/assert-product-exists"
import { createCertificateStep, type NewCertificate } from "./steps/create-certificate"

export type RecordCertificateInput = Omit<NewCertificate, "verification_code"> & {
  product_id: string
  verification_code?: string
  actor: { type: string; id?: string | null }
  reason?: string | null
  /** a new evaluation replaces the product's current certificate (renewed, upgraded, downgraded, corrected) */
  supersedes?: { certificate_id: string; reason: string } | null
  now?: Date
}

/** Short, unambiguous code printed under the QR label (no 0/O/1/I). */
function newVerificationCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join("")
}

/**
 * Records a certificate for a product — an issued decision entered by the OCOP office (valid) or a
 * producer's submission (pending_review) — links it, writes its first event and syncs the listing.
 */
export const recordCertificateWorkflow = createWorkflow("record-certificate", (input: WorkflowData<RecordCertificateInput>) => {
  assertProductExistsStep(input.product_id)
  assertCertificateFitsProductStep(
    transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      product_set: input.product_set,
      issued_at: input.issued_at,
      valid_until: input.valid_until,
      now: input.now,
    }))
  )
  const certificateData = transform({ input }, ({ input }): NewCertificate => {
    const { product_id, actor, reason, supersedes, now, ...certificate } = input
    return { ...certificate, verification_code: input.verification_code ?? newVerificationCode() }
  })
  const certificate = createCertificateStep(certificateData)
  const link = transform({ input, certificate }, ({ input, certificate }) => [
    {
      [Modules.PRODUCT]: { product_id: input.product_id },
      [OCOP_MODULE]: { certificate_id: certificate.id },
    },
  ])
  createRemoteLinkStep(link)
  const event = transform({ input, certificate }, ({ input, certificate }) => [
    {
      certificate_id: certificate.id,
      from_status: null,
      to_status: certificate.status,
      actor_type: input.actor.type,
      actor_id: input.actor.id ?? null,
      reason: input.reason ?? null,
      document_url: input.document_url ?? null,
      occurred_at: input.now ?? new Date(),
    },
  ])
  recordCertificateEventsStep(event)
  // A new evaluation never edits the old certificate's stars: the old one becomes superseded.
  when("supersede-previous", { input }, ({ input }) => !!input.supersedes).then(() => {
    const supersede = transform({ input, certificate }, ({ input, certificate }) => ({
      certificate_id: input.supersedes!.certificate_id,
      to: "superseded",
      actor: input.actor,
      superseded_reason: input.supersedes!.reason,
      superseded_by_id: certificate.id,
      document_url: input.document_url ?? null,
      now: input.now,
    }))
    transitionCertificateWorkflow.runAsStep({ input: supersede })
  })
  const syncInput = transform({ input }, ({ input }) => ({ product_ids: [input.product_id], now: input.now }))
  syncProductListingWorkflow.runAsStep({ input: syncInput })
  emitEventStep({
    eventName: CERTIFICATE_CHANGED_EVENT,
    data: transform({ certificate }, ({ certificate }) => ({ certificate_id: certificate.id, to: certificate.status })),
  })
  emitEventStep({
    eventName: CERTIFICATE_EVENTS.recorded,
    data: transform({ certificate }, ({ certificate }) => ({ certificate_id: certificate.id, to: certificate.status })),
  }).config({ name: "emit-certificate-recorded" })
  return new WorkflowResponse(certificate)
})
