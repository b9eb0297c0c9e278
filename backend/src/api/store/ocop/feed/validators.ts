import { z } from "@medusajs/framework/zod"

export const StoreFeedParams = z.object({ format: z.enum(["json", "csv"]).default("json") })
