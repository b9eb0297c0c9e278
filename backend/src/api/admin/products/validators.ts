import { z } from "@medusajs/framework/zod"
import { safeLongText, safeText } from "../../../lib/safe-input"

/**
 * Medusa admin's own product routes (POST /admin/products, /admin/products/:id) accept any text:
 * the office's product titles get the same limits as the producer portal's (no control, bidi or
 * zero-width characters; title 200, description 10,000). Everything else is Medusa's validator.
 */
export const OfficeProductText = z.looseObject({
  title: safeText({ max: 200 }).optional(),
  subtitle: safeText({ max: 300 }).nullish(),
  description: safeLongText({ max: 10000 }).nullish(),
  handle: safeText({ max: 200 }).optional(),
})
