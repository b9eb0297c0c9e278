import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

/** A sales point (name, location_category, province_code, commune, address, operator, opening_hours) or a booth (fair_id, name, operator). */
export type NewPointRecord = {
  kind: "sales_point" | "booth"
  name: string
  location_category?: string
  province_code?: string
  commune?: string | null
  address?: string | null
  operator?: string | null
  opening_hours?: string | null
  fair_id?: string
}

type CreatedPoint = { id: string; kind: "sales_point" | "booth"; name: string }

/** The sales point or booth row itself; undone by deleting it. */
export const createPointRecordStep = createStep(
  "create-retail-point-record",
  async (input: NewPointRecord, { container }): Promise<StepResponse<CreatedPoint, CreatedPoint>> => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    if (input.kind === "sales_point") {
      const { kind, ...data } = input
      const point = await retail.createSalesPoints(data as any)
      return new StepResponse({ id: point.id, kind, name: point.name }, { id: point.id, kind, name: point.name })
    }
    const { kind, fair_id, ...data } = input
    const booth = await retail.createBooths({ ...data, fair_id } as any)
    return new StepResponse({ id: booth.id, kind, name: booth.name }, { id: booth.id, kind, name: booth.name })
  },
  async (created, { container }) => {
    if (!created) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    if (created.kind === "sales_point") {
      await retail.deleteSalesPoints(created.id)
    } else {
      await retail.deleteBooths(created.id)
    }
  }
)
