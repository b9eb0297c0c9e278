import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeVnMobilePhone } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type ProducerProfileChanges = Record<string, unknown> & { phone?: string | null }

/**
 * Writes the producer's profile: the phone in its normal form, and a rejected producer that edits
 * its profile goes back to the office's queue (pending_approval). Compensation restores the fields
 * it changed.
 */
export const updateProducerProfileStep = createStep(
  "update-producer-profile",
  async (input: { producer_id: string; changes: ProducerProfileChanges }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const before = (await producers.retrieveProducer(input.producer_id)) as Record<string, any>
    const update: Record<string, unknown> = {
      ...input.changes,
      ...(input.changes.phone ? { phone: normalizeVnMobilePhone(input.changes.phone) ?? input.changes.phone } : {}),
      ...(before.approval_status === "rejected" ? { approval_status: "pending_approval", rejection_reason: null } : {}),
    }
    const updated = await producers.updateProducers({ id: before.id, ...update } as any)
    const previous = Object.fromEntries(Object.keys(update).map((key) => [key, before[key] ?? null]))
    return new StepResponse(updated, { id: before.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateProducers(previous as any)
  }
)
