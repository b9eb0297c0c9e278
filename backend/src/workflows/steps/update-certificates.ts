import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

export type CertificateUpdate = {
  id: string
  status?: string
  extension_until?: string | null
  revocation_ground?: string | null
  superseded_reason?: string | null
  superseded_by_id?: string | null
}

const TRACKED = ["status", "extension_until", "revocation_ground", "superseded_reason", "superseded_by_id"] as const

/** Updates certificates and remembers their previous values so a failed workflow restores them. */
export const updateCertificatesStep = createStep(
  "update-certificates",
  async (updates: CertificateUpdate[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (!updates.length) {
      return new StepResponse([] as Record<string, unknown>[], [] as Record<string, unknown>[])
    }
    const before = await ocop.listCertificates({ id: updates.map((u) => u.id) })
    const previous = before.map((c: any) => Object.fromEntries([["id", c.id], ...TRACKED.map((k) => [k, c[k]])]))
    const updated = (await ocop.updateCertificates(updates as any)) as unknown as Record<string, unknown>[]
    return new StepResponse(updated, previous as Record<string, unknown>[])
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCertificates(previous as any)
  }
)
