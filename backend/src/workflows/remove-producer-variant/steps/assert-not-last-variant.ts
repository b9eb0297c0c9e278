import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../../lib/errors"

/** A product keeps at least one pack size: removing its last variant is refused (read only). */
export const assertNotLastVariantStep = createStep(
  "assert-not-last-variant",
  async (input: { product_id: string; variant_id: string }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const variants = await products.listProductVariants({ product_id: input.product_id }, { select: ["id"] })
    if (variants.filter((v) => v.id !== input.variant_id).length < 1) {
      throw ocopError(
        "NOT_ALLOWED",
        ERROR_CODES.PRODUCT_LAST_VARIANT,
        "Sản phẩm cần ít nhất một phiên bản",
        "A product needs at least one variant"
      )
    }
    return new StepResponse(void 0)
  }
)
