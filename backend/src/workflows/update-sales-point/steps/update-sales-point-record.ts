import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

export type SalesPointPatch = {
  id: string
  name?: string
  location_category?: string
  province_code?: string
  commune?: string | null
  address?: string | null
  operator?: string | null
  opening_hours?: string | null
}

/** Changes the point's own fields; the compensation puts back the values it had before. */
export const updateSalesPointRecordStep = createStep(
  "update-sales-point-record",
  async (patch: SalesPointPatch, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const before = await retail.retrieveSalesPoint(patch.id)
    const previous = Object.fromEntries(Object.keys(patch).map((key) => [key, (before as Record<string, unknown>)[key] ?? null]))
    const updated = await retail.updateSalesPoints(patch as any)
    return new StepResponse(updated, { ...previous, id: patch.id })
  },
  async (previous, { container }) => {
    if (!previous) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    await retail.updateSalesPoints(previous as any)
  }
)
