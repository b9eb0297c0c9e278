import { z } from "@medusajs/framework/zod"
import { isCertifiedStars, isProducerType, isProvinceCode, isSectorCode, productSet } from "@ocop/domain"

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "stars", "newest"] as const

/** "42,44" or ?province=42&province=44 → ["42", "44"]. */
const list = <O>(item: z.ZodType<O, string>) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw) =>
      (Array.isArray(raw) ? raw : [raw])
        .flatMap((s) => s.split(","))
        .map((s) => s.trim())
        .filter(Boolean)
    )
    .pipe(z.array(item))

const wholeNumber = (vi: string, en: string) =>
  z
    .string()
    // refine, not min/max: Medusa rewrites zod's range messages in English
    .refine((s) => /^\d{1,12}$/.test(s), `${vi} (${en})`)
    .transform(Number)

const query = z.string().refine((s) => s.length <= 200, "Từ khóa tìm kiếm quá dài, tối đa 200 ký tự (q: at most 200 characters)")

export const StoreOcopSearchParams = z
  .object({
    q: query.optional(),
    stars: z
      .string()
      .transform(Number)
      .refine(isCertifiedStars, "Số sao tối thiểu phải là 3, 4 hoặc 5 (stars must be 3, 4 or 5)")
      .optional(),
    province: list(z.string().refine(isProvinceCode, "Mã tỉnh/thành không tồn tại (unknown province code)")).optional(),
    commune: z.string().trim().min(1).max(120).optional(),
    sector: list(z.string().refine(isSectorCode, "Ngành phải là I đến VI (sector must be I–VI)")).optional(),
    product_set: list(
      z
        .string()
        .transform(Number)
        .refine((n) => !!productSet(n), "Bộ sản phẩm phải là số từ 1 đến 26 (product_set is 1–26)")
    ).optional(),
    producer: z.string().trim().min(1).max(200).optional(),
    producer_type: list(z.string().refine(isProducerType, "Loại hình chủ thể không hợp lệ (unknown producer type)")).optional(),
    price_min: wholeNumber("Giá từ phải là số đồng nguyên, không âm", "price_min must be whole đồng").optional(),
    price_max: wholeNumber("Giá đến phải là số đồng nguyên, không âm", "price_max must be whole đồng").optional(),
    gi: z
      .string()
      .refine((s) => s === "true" || s === "false", "gi chỉ nhận true hoặc false (gi must be true or false)")
      .transform((s) => s === "true")
      .optional(),
    sort: z
      .string()
      .refine(
        (s): s is (typeof SEARCH_SORTS)[number] => (SEARCH_SORTS as readonly string[]).includes(s),
        `Cách sắp xếp phải là một trong: ${SEARCH_SORTS.join(", ")} (sort must be one of them)`
      )
      .default("relevance"),
    limit: wholeNumber("Số kết quả mỗi trang phải là số nguyên", "limit must be a whole number")
      .refine((n) => n >= 1 && n <= 48, "Số kết quả mỗi trang từ 1 đến 48 (limit is 1–48)")
      .default(24),
    offset: wholeNumber("Vị trí bắt đầu phải là số nguyên không âm", "offset must be a whole number ≥ 0")
      .refine((n) => n <= 10000, "Chỉ xem được 10.000 kết quả đầu tiên (offset is at most 10000)")
      .default(0),
  })
  .refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
    message: "Giá từ phải nhỏ hơn hoặc bằng giá đến (price_min must not exceed price_max)",
    path: ["price_min"],
  })

export type StoreOcopSearchParamsType = z.infer<typeof StoreOcopSearchParams>

export const StoreOcopSearchSuggestionsParams = z.object({
  q: query.default(""),
})
