import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerStoresOf } from "../../../lib/retail/consignments"
import { sql } from "../../../lib/retail/sql"
import type { StockChange } from "../../move-retail-stock/steps/adjust-stock"

/**
 * Exactly the confirmed lines: each taken from the producer's store that holds most of it, or from
 * outside the system when none of its stores keeps that item. Reads only.
 */
export const planReceiptStep = createStep(
  "plan-consignment-receipt",
  async (input: { consignment_id: string; producer_id: string; to_location_id: string }, { container }) => {
    const lines = await sql(container, `SELECT variant_id, quantity FROM consignment_line WHERE consignment_id = ? AND deleted_at IS NULL ORDER BY created_at, id`, [
      input.consignment_id,
    ])
    const { storeOf } = await producerStoresOf(container, input.producer_id, lines.map((l: any) => l.variant_id))
    const changes: StockChange[] = lines.map((l: any) => ({
      variant_id: l.variant_id,
      quantity: Number(l.quantity),
      from_location_id: storeOf(l.variant_id),
      to_location_id: input.to_location_id,
    }))
    return new StepResponse(changes)
  }
)
