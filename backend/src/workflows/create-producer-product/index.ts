import type { CreateProductWorkflowInputDTO, LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { assertSkusFreeStep } from "../steps/assert-skus-free"
import { loadStoreDefaultsStep } from "./steps/load-store-defaults"

export type CreateProducerProductInput = {
  producer_id: string
  /** the producer's warehouse where the opening stock is recorded (none: no stock levels) */
  location_id: string | null
  product: CreateProductWorkflowInputDTO
  /** opening stock by SKU */
  stock: Record<string, number>
}

/**
 * A producer adds a product: Medusa's own product creation, sold in the store's default sales
 * channel and shipped on the profile its shipping options serve (a draft: the listing gate publishes it
 * once it holds a valid certificate and the producer is approved), the producer ↔ product link and
 * the opening stock at the producer's warehouse. SKUs and barcodes another variant holds are refused
 * first; a failure in any later step removes the product again.
 */
export const createProducerProductWorkflow = createWorkflow(
  "create-producer-product",
  (input: WorkflowData<CreateProducerProductInput>) => {
    assertSkusFreeStep(
      transform({ input }, ({ input }) => ({
        skus: (input.product.variants ?? []).map((v) => v.sku).filter((s): s is string => !!s),
        barcodes: (input.product.variants ?? []).map((v) => v.barcode).filter((b): b is string => !!b),
      }))
    )
    const defaults = loadStoreDefaultsStep()
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, defaults }, ({ input, defaults }) => ({
        products: [
          {
            ...(defaults.shipping_profile_id ? { shipping_profile_id: defaults.shipping_profile_id } : {}),
            ...(defaults.sales_channel_id ? { sales_channels: [{ id: defaults.sales_channel_id }] } : {}),
            ...input.product,
          },
        ],
      })),
    })
    createRemoteLinkStep(
      transform({ input, products }, ({ input, products }): LinkDefinition[] => [
        { [PRODUCER_MODULE]: { producer_id: input.producer_id }, [Modules.PRODUCT]: { product_id: products[0].id } },
      ])
    )
    const { data: variants } = useQueryGraphStep({
      entity: "variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: transform({ products }, ({ products }) => ({ product_id: products[0].id })) as any,
    }).config({ name: "load-new-variants" })
    const levels = transform({ input, variants }, ({ input, variants }) =>
      input.location_id
        ? (variants as any[]).flatMap((v) =>
            (v.inventory_items ?? []).map((ii: any) => ({
              inventory_item_id: ii.inventory_item_id,
              location_id: input.location_id!,
              stocked_quantity: input.stock[v.sku] ?? 0,
            }))
          )
        : []
    )
    createInventoryLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ inventory_levels: levels })) })
    return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
  }
)
