import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { assertOwnProduct, ownLocationIds, type ProducerRequest } from "../../../context"
import { loadPortalProduct } from "../../../portal-views"
import type { ProducerVariantType } from "../../../validators"
import { assertSkusFree, OPTION_TITLE } from "../../helpers"

/** Adds a pack size (variant) with its price and opening stock at the producer's warehouse. */
export const POST = async (req: ProducerRequest<ProducerVariantType>, res: MedusaResponse) => {
  const id = await assertOwnProduct(req, req.params.id)
  const v = req.validatedBody
  await assertSkusFree(req.scope, [v.sku], v.barcode ? [v.barcode] : [])
  const productModule = req.scope.resolve(Modules.PRODUCT)
  const [option] = await productModule.listProductOptions({ product_id: id, title: OPTION_TITLE } as any, { relations: ["values"] })
  if (option && !option.values?.some((x: any) => x.value === v.title)) {
    await productModule.updateProductOptions(option.id, { values: [...(option.values ?? []).map((x: any) => x.value), v.title] } as any)
  }
  const rank = (await productModule.listProductVariants({ product_id: id }, { select: ["id"] })).length
  const { result } = await createProductVariantsWorkflow(req.scope).run({
    input: {
      product_variants: [
        {
          product_id: id,
          title: v.title,
          variant_rank: rank,
          sku: v.sku,
          barcode: v.barcode ?? undefined,
          manage_inventory: true,
          options: { [OPTION_TITLE]: v.title },
          prices: [{ amount: v.price, currency_code: "vnd" }],
          metadata: { pack_size: v.pack_size ?? null },
        },
      ],
    } as any,
  })
  const [locationId] = await ownLocationIds(req)
  if (locationId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "variant", fields: ["inventory_items.inventory_item_id"], filters: { id: result[0].id } })
    const levels = ((data[0] as any)?.inventory_items ?? []).map((ii: any) => ({
      inventory_item_id: ii.inventory_item_id,
      location_id: locationId,
      stocked_quantity: v.stock ?? 0,
    }))
    if (levels.length) await createInventoryLevelsWorkflow(req.scope).run({ input: { inventory_levels: levels } })
  }
  res.status(201).json({ product: await loadPortalProduct(req.scope, id) })
}
