import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type NewCertificate = {
  verification_code: string
  decision_number: string
  issuer: string
  stars: number
  score?: number | null
  product_set: number
  issued_at: string
  valid_until: string
  extension_until?: string | null
  status: "valid" | "pending_review"
  document_url?: string | null
  legacy_address?: string | null
}

export const createCertificateStep = createStep(
  "create-certificate",
  async (input: NewCertificate, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const certificate = await ocop.createCertificates(input)
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteCertificates(id)
  }
)
