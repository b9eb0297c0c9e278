import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES, ocopError } from "../../lib/errors"

export type AssertSkusFreeInput = {
  skus: string[]
  barcodes?: string[]
  /** the variant being edited keeps its own codes */
  except_variant_id?: string
}

/** Refuses SKUs (and barcodes) another variant already uses, before anything is written (read only). */
export const assertSkusFreeStep = createStep("assert-skus-free", async (input: AssertSkusFreeInput, { container }) => {
  const products = container.resolve(Modules.PRODUCT)
  const skus = input.skus.filter(Boolean)
  const barcodes = (input.barcodes ?? []).filter(Boolean)
  if (skus.length) {
    const taken = (await products.listProductVariants({ sku: skus }, { select: ["id", "sku"] })).filter(
      (v) => v.id !== input.except_variant_id
    )
    if (taken.length) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.PRODUCT_DUPLICATE_SKU,
        `Mã SKU đã được dùng: ${taken.map((v) => v.sku).join(", ")}`,
        `SKU already in use: ${taken.map((v) => v.sku).join(", ")}`
      )
    }
  }
  if (barcodes.length) {
    const taken = (await products.listProductVariants({ barcode: barcodes }, { select: ["id", "barcode"] })).filter(
      (v) => v.id !== input.except_variant_id
    )
    if (taken.length) {
      throw ocopError(
        "INVALID_DATA",
        ERROR_CODES.PRODUCT_DUPLICATE_BARCODE,
        `Mã vạch đã được dùng: ${taken.map((v) => v.barcode).join(", ")}`,
        `Barcode already in use: ${taken.map((v) => v.barcode).join(", ")}`
      )
    }
  }
  return new StepResponse(void 0)
})
