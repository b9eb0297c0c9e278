import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETAIL_MODULE } from "../../../modules/retail"
import type RetailModuleService from "../../../modules/retail/service"
import type { StockChange } from "../../move-retail-stock/steps/adjust-stock"

/**
 * Exactly the confirmed lines: each taken from the producer's store that holds most of it, or from
 * outside the system when none of its stores keeps that item. Reads only.
 */
export const planReceiptStep = createStep(
  "plan-consignment-receipt",
  async (input: { consignment_id: string; producer_id: string; to_location_id: string }, { container }) => {
    const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
    const lines = await retail.listConsignmentLines(
      { consignment_id: input.consignment_id },
      { select: ["variant_id", "quantity"], order: { created_at: "ASC", id: "ASC" } }
    )
    const { storeOf } = await retail.listProducerStores(
      input.producer_id,
      lines.map((l) => l.variant_id)
    )
    const changes: StockChange[] = lines.map((l) => ({
      variant_id: l.variant_id,
      quantity: Number(l.quantity),
      from_location_id: storeOf(l.variant_id),
      to_location_id: input.to_location_id,
    }))
    return new StepResponse(changes)
  }
)
