import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ocopError } from "../../../lib/errors"
import { ownersOfVariants } from "../../../lib/retail/consignments"
import { sql } from "../../../lib/retail/sql"

export const producerNotFound = () => ocopError("NOT_FOUND", "pos.producer_not_found", "Không tìm thấy chủ thể OCOP", "Producer not found")

/**
 * A point may ask an approved producer for that producer's own products only: a variant of another
 * producer, or of no producer, is refused before anything is written.
 */
export const assertConsignableStep = createStep(
  "assert-consignable",
  async (input: { producer_id: string; items: Array<{ variant_id: string }> }, { container }) => {
    const [producer] = await sql(
      container,
      `SELECT id FROM producer WHERE id = ? AND approval_status = 'approved' AND deleted_at IS NULL`,
      [input.producer_id]
    )
    if (!producer) throw producerNotFound()
    const owners = await ownersOfVariants(container, input.items.map((i) => i.variant_id))
    const foreign = input.items.filter((i) => owners.get(i.variant_id) !== input.producer_id)
    if (foreign.length) {
      throw ocopError("INVALID_DATA", "pos.not_producer_product", "Có sản phẩm không thuộc chủ thể này", "Some items belong to another producer")
    }
    return new StepResponse(true)
  }
)
