import { z } from "@medusajs/framework/zod"
import { CONSIGNMENT_STATUSES } from "@ocop/domain"
import { safeLongText } from "../../../lib/safe-input"

export const ProducerConsignmentParams = z.object({
  status: z.enum(CONSIGNMENT_STATUSES as [string, ...string[]]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type ProducerConsignmentParamsType = z.infer<typeof ProducerConsignmentParams>

export const ProducerRefuseConsignment = z.object({
  reason: safeLongText({ max: 500 }).optional(),
})
export type ProducerRefuseConsignmentType = z.infer<typeof ProducerRefuseConsignment>
