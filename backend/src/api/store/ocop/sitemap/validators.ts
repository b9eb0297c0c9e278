import { z } from "@medusajs/framework/zod"

/** Products (or producers) per sitemap file the storefront asks for: 2 URLs each (vi, en), far below a sitemap's 50,000. */
export const SITEMAP_MAX_LIMIT = 5000

export const SITEMAP_KINDS = ["products", "producers"] as const

const wholeNumber = (vi: string, en: string) =>
  z
    .string()
    // refine, not min/max: Medusa rewrites zod's range messages in English
    .refine((s) => /^\d{1,9}$/.test(s), `${vi} (${en})`)
    .transform(Number)

export const StoreOcopSitemapParams = z.object({
  kind: z
    .string()
    .refine(
      (s) => (SITEMAP_KINDS as readonly string[]).includes(s),
      "Loại sơ đồ trang phải là products hoặc producers (kind must be products or producers)"
    )
    .transform((s) => s as (typeof SITEMAP_KINDS)[number]),
  offset: wholeNumber("Vị trí bắt đầu phải là số nguyên không âm", "offset must be a whole number").optional(),
  limit: wholeNumber("Số mục phải là số nguyên", "limit must be a whole number")
    .refine((n) => n >= 1 && n <= SITEMAP_MAX_LIMIT, `Số mục phải từ 1 đến ${SITEMAP_MAX_LIMIT} (limit is 1–${SITEMAP_MAX_LIMIT})`)
    .optional(),
})

export type StoreOcopSitemapParamsType = z.infer<typeof StoreOcopSitemapParams>
