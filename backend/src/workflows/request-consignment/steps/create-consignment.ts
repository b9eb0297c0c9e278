import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"

export type NewConsignment = {
  point_id: string
  point_kind: "sales_point" | "booth"
  producer_id: string
  requested_by: string | null
  note: string | null
  items: Array<{ variant_id: string; quantity: number }>
}

/** The request and its lines, status `requested`. Compensation deletes both. */
export const createConsignmentStep = createStep(
  "create-consignment",
  async (input: NewConsignment, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const { items, ...head } = input
    const consignment = await retail.createConsignments({ ...head, status: "requested" } as any)
    try {
      await retail.createConsignmentLines(items.map((i) => ({ ...i, consignment_id: consignment.id })) as any)
    } catch (e) {
      await retail.deleteConsignments([consignment.id])
      throw e
    }
    return new StepResponse({ id: consignment.id as string }, consignment.id as string)
  },
  async (id, { container }) => {
    if (!id) return
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const lines = await retail.listConsignmentLines({ consignment_id: id } as any, { select: ["id"] })
    if (lines.length) await retail.deleteConsignmentLines(lines.map((l) => l.id))
    await retail.deleteConsignments([id])
  }
)
