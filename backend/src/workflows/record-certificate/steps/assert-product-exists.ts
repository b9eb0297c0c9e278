import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../../lib/errors"

export const assertProductExistsStep = createStep("assert-product-exists", async (productId: string, { container }) => {
  const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id: productId }, { select: ["id"] })
  if (!product) {
    throw ocopError("NOT_FOUND", ERROR_CODES.PRODUCT_NOT_FOUND, `Không tìm thấy sản phẩm ${productId}`, `Product ${productId} not found`)
  }
  return new StepResponse(product.id)
})
