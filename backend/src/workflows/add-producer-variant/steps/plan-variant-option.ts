import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type VariantOptionPlan = {
  /** the product's pack-size option, when it has one */
  option_id: string | null
  /** whether that option already offers this value on the product */
  has_value: boolean
  /** rank of the new variant: after the existing ones */
  rank: number
}

/**
 * Reads how the product's pack-size option stands (read only). Since Medusa 2.16 options are shared
 * through a product ↔ option link, so the product's own options and values come from the product.
 */
export const planVariantOptionStep = createStep(
  "plan-variant-option",
  async (input: { product_id: string; option_title: string; value: string }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const [product] = await products.listProducts({ id: input.product_id }, { relations: ["options", "options.values", "variants"] })
    const option = (product?.options ?? []).find((o: any) => o.title === input.option_title)
    return new StepResponse<VariantOptionPlan>({
      option_id: option?.id ?? null,
      has_value: !!option?.values?.some((v: any) => v.value === input.value),
      rank: product?.variants?.length ?? 0,
    })
  }
)
