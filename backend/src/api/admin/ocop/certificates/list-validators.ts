import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_STATUSES, PRODUCER_TYPE_CODES } from "@ocop/domain"

const many = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : String(v).split(",")), z.array(item).optional())

/** Filters of the office's certificate lists: review queue, expiring soon, suspended, revoked. */
export const AdminListCertificatesParams = z.object({
  status: many(z.enum(CERTIFICATE_STATUSES)),
  expiring_within_days: z.coerce.number().int().min(0).max(3650).optional(),
  province_code: many(z.string().regex(/^\d{2}$/)),
  product_set: many(z.coerce.number().int().min(1).max(26)),
  stars: many(z.coerce.number().int().min(3).max(5)),
  producer_type: many(z.enum(PRODUCER_TYPE_CODES)),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export type AdminListCertificatesParamsType = z.infer<typeof AdminListCertificatesParams>
