import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

export type CertificateEventInput = {
  certificate_id: string
  from_status: string | null
  to_status: string
  actor_type: string
  actor_id?: string | null
  reason?: string | null
  document_url?: string | null
  occurred_at: Date
}

/** Appends events to certificates' history; compensation removes exactly what was appended. */
export const recordCertificateEventsStep = createStep(
  "record-certificate-events",
  async (events: CertificateEventInput[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const created = await ocop.createCertificateEvents(events.map(({ certificate_id, ...rest }) => ({ ...rest, certificate_id })))
    return new StepResponse(
      created,
      created.map((e) => e.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteCertificateEvents(ids)
  }
)
