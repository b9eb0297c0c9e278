import { z } from "@medusajs/framework/zod"

export const StoreOcopProductsParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(24),
  offset: z.coerce.number().int().min(0).default(0),
  region_id: z.string().optional(),
})

export const StoreOcopProductParams = z.object({
  region_id: z.string().optional(),
})
