import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { assertSkusFreeStep } from "../steps/assert-skus-free"

export type ProducerVariantChanges = {
  title?: string
  sku?: string
  barcode?: string | null
  /** integer VND */
  price?: number
  pack_size?: string | null
}

export type UpdateProducerVariantInput = {
  variant_id: string
  /** the variant's SKU now: keeping it is not a clash */
  current_sku: string | null
  changes: ProducerVariantChanges
}

/**
 * A producer edits a pack size (title, SKU, barcode, VND price, pack size): refused when another
 * variant holds the new SKU or barcode, otherwise Medusa's own variant update, which restores the
 * variant and its prices if a later part fails.
 */
export const updateProducerVariantWorkflow = createWorkflow(
  "update-producer-variant",
  (input: WorkflowData<UpdateProducerVariantInput>) => {
    assertSkusFreeStep(
      transform({ input }, ({ input }) => {
        const { sku, barcode } = input.changes
        return {
          skus: sku && sku !== input.current_sku ? [sku] : [],
          barcodes: barcode ? [barcode] : [],
          except_variant_id: input.variant_id,
        }
      })
    )
    const update = transform({ input }, ({ input }) => {
      const v = input.changes
      const out: Record<string, unknown> = {}
      if (v.title !== undefined) out.title = v.title
      if (v.sku !== undefined) out.sku = v.sku
      if (v.barcode !== undefined) out.barcode = v.barcode
      if (v.pack_size !== undefined) out.metadata = { pack_size: v.pack_size }
      if (v.price !== undefined) out.prices = [{ amount: v.price, currency_code: "vnd" }]
      return out
    })
    when("has-variant-changes", { update }, ({ update }) => Object.keys(update).length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ input, update }, ({ input, update }) => ({ selector: { id: input.variant_id }, update }) as any),
      })
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => input.variant_id))
  }
)
