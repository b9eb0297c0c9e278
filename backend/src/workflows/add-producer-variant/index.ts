import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createAndLinkProductOptionsToProductWorkflow,
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { assertSkusFreeStep } from "../steps/assert-skus-free"
import { planVariantOptionStep } from "./steps/plan-variant-option"

export type AddProducerVariantInput = {
  product_id: string
  /** the producer's warehouse where the opening stock is recorded (none: no stock level) */
  location_id: string | null
  option_title: string
  variant: { title: string; sku: string; barcode?: string | null; price: number; pack_size?: string | null; stock?: number }
}

/**
 * A producer adds a pack size: the pack-size option gains the value on this product (or the
 * product gains the option), Medusa creates the variant with its VND price, and the opening stock
 * is recorded at the producer's warehouse. A SKU or barcode another variant holds is refused before
 * anything is written. Each part is a Medusa workflow with its own
 * compensation, so a failure later (a taken SKU, a missing location) removes what came before.
 */
export const addProducerVariantWorkflow = createWorkflow("add-producer-variant", (input: WorkflowData<AddProducerVariantInput>) => {
  assertSkusFreeStep(
    transform({ input }, ({ input }) => ({ skus: [input.variant.sku], barcodes: input.variant.barcode ? [input.variant.barcode] : [] }))
  )
  const plan = planVariantOptionStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, option_title: input.option_title, value: input.variant.title }))
  )
  when("offer-pack-size-value", { plan }, ({ plan }) => !plan.option_id || !plan.has_value).then(() => {
    createAndLinkProductOptionsToProductWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) =>
        plan.option_id
          ? { product_id: input.product_id, update: [{ product_option_id: plan.option_id, add: [{ value: input.variant.title }] }] }
          : { product_id: input.product_id, add: [{ title: input.option_title, values: [input.variant.title], is_exclusive: true }] }
      ),
    })
  })
  const created = createProductVariantsWorkflow.runAsStep({
    input: transform({ input, plan }, ({ input, plan }) => ({
      product_variants: [
        {
          product_id: input.product_id,
          title: input.variant.title,
          variant_rank: plan.rank,
          sku: input.variant.sku,
          barcode: input.variant.barcode ?? undefined,
          manage_inventory: true,
          options: { [input.option_title]: input.variant.title },
          prices: [{ amount: input.variant.price, currency_code: "vnd" }],
          metadata: { pack_size: input.variant.pack_size ?? null },
        },
      ],
    })) as any,
  })
  const { data: variants } = useQueryGraphStep({
    entity: "variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: transform({ created }, ({ created }) => ({ id: (created as any[])[0].id })) as any,
  }).config({ name: "load-new-variant" })
  const levels = transform({ input, variants }, ({ input, variants }) =>
    input.location_id
      ? (variants as any[]).flatMap((v) =>
          (v.inventory_items ?? []).map((ii: any) => ({
            inventory_item_id: ii.inventory_item_id,
            location_id: input.location_id!,
            stocked_quantity: input.variant.stock ?? 0,
          }))
        )
      : []
  )
  when("record-opening-stock", { levels }, ({ levels }) => levels.length > 0).then(() => {
    createInventoryLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ inventory_levels: levels })) })
  })
  return new WorkflowResponse(transform({ created }, ({ created }) => (created as any[])[0]))
})
