import { z } from "@medusajs/framework/zod"
import { isCertifiedStars, isProducerType, isProvinceCode, isValidGtin, isVnMobilePhone, productSet, starBandForScore } from "@ocop/domain"
import { boundedNumber, safeId, safeLongText, safeText, safeUrl } from "../../lib/safe-input"

/**
 * Request shapes of the producer portal (and of the office's producer approval). Every message a
 * person may read is Vietnamese first, English in brackets; routes validate with the one validator
 * (../validation.ts), which passes these messages through unchanged.
 */

const isScore = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 100

/** A required one-line field (at most `max` characters, no control characters: ../../lib/safe-input). */
const text = (vi: string, en: string, max = 200) => safeText({ max, required: `${vi} (${en})` })

const optionalText = (max = 2000) => safeText({ max }).nullish()
const optionalLongText = (max = 2000) => safeLongText({ max }).nullish()

const url = safeUrl()

const isoDate = z
  .string({ message: "Ngày phải có dạng YYYY-MM-DD (date must be YYYY-MM-DD)" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD (date must be YYYY-MM-DD)")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "Ngày không tồn tại (no such date)",
  })

const phone = z
  .string({ message: "Thiếu số điện thoại (phone is required)" })
  .refine(isVnMobilePhone, "Số điện thoại di động Việt Nam không hợp lệ, ví dụ 0912 345 678 (invalid Vietnamese mobile number)")

const email = z
  .string({ message: "Email không hợp lệ (invalid email)" })
  .trim()
  .toLowerCase()
  .refine((e) => e.length <= 254, "Email tối đa 254 ký tự (email: at most 254 characters)")
  .email("Email không hợp lệ (invalid email)")

const producerProfile = {
  name: text("Thiếu tên chủ thể", "name is required", 200),
  type: z
    .string({ message: "Thiếu loại hình chủ thể (type is required)" })
    .refine(
      isProducerType,
      "Loại hình chủ thể không hợp lệ: HTX, THT, DN_NVV, TRANG_TRAI, HO_SXKD, HOI_HIEP_HOI, TT_DIEU_HANH (invalid producer type)"
    ),
  tax_code: z
    .string()
    .trim()
    .regex(/^\d{10}(-\d{3})?$/, "Mã số thuế gồm 10 chữ số (hoặc 10 số-3 số cho chi nhánh) (tax code: 10 digits, or 10-3)")
    .nullish(),
  business_registration_number: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z./-]{4,30}$/, "Số đăng ký kinh doanh không hợp lệ (invalid business registration number)")
    .nullish(),
  province_code: z
    .string({ message: "Thiếu tỉnh/thành (province_code is required)" })
    .refine(isProvinceCode, "Mã tỉnh/thành không hợp lệ (unknown province_code)"),
  commune: optionalText(200),
  address: text("Thiếu địa chỉ", "address is required", 500),
  phone,
  email: email.nullish(),
  story: optionalLongText(5000),
  logo_url: url.nullish(),
}

const eitherRegistration = (p: { tax_code?: string | null; business_registration_number?: string | null }) =>
  !!p.tax_code || !!p.business_registration_number

export const ProducerOnboarding = z.object({ ...producerProfile, member_name: optionalText(200) }).refine(eitherRegistration, {
  message: "Cần mã số thuế hoặc số đăng ký kinh doanh (tax_code or business_registration_number is required)",
  path: ["tax_code"],
})
export type ProducerOnboardingType = z.infer<typeof ProducerOnboarding>

export const ProducerProfileUpdate = z.object({
  name: producerProfile.name.optional(),
  type: producerProfile.type.optional(),
  tax_code: producerProfile.tax_code,
  business_registration_number: producerProfile.business_registration_number,
  province_code: producerProfile.province_code.optional(),
  commune: producerProfile.commune,
  address: producerProfile.address.optional(),
  phone: phone.optional(),
  email: producerProfile.email,
  story: producerProfile.story,
  logo_url: producerProfile.logo_url,
  member_name: optionalText(200),
})
export type ProducerProfileUpdateType = z.infer<typeof ProducerProfileUpdate>

export const ProducerInviteMember = z.object({ email: z.string({ message: "Thiếu email (email is required)" }).pipe(email) })
export type ProducerInviteMemberType = z.infer<typeof ProducerInviteMember>

export const ProducerAcceptInvite = z.object({
  token: text("Thiếu mã lời mời", "token is required", 200),
  name: optionalText(200),
})
export type ProducerAcceptInviteType = z.infer<typeof ProducerAcceptInvite>

/** Far above any OCOP product's price, far below where integer đồng lose precision anywhere. */
const MAX_PRICE_VND = 10_000_000_000
/** A producer's stock count in one warehouse. */
const MAX_QUANTITY = 1_000_000

/** Integer đồng above zero: VND has no minor unit. */
const price = z
  .number({ message: "Giá phải là số đồng (price must be a number of VND)" })
  .refine((n) => Number.isSafeInteger(n), "Giá phải là số nguyên đồng, không có phần lẻ (price must be whole VND)")
  .refine((n) => n > 0, "Giá phải lớn hơn 0 đồng (price must be above 0)")
  .refine((n) => n <= MAX_PRICE_VND, "Giá tối đa 10.000.000.000 đồng (price: at most 10,000,000,000 VND)")

const sku = z
  .string({ message: "Thiếu mã SKU (sku is required)" })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/, "Mã SKU gồm 2–64 chữ, số, dấu chấm, gạch (sku: 2–64 letters, digits, . _ -)")

/** An empty field from a form means "no barcode". */
const barcode = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z
    .string()
    .trim()
    .refine(isValidGtin, "Mã vạch GTIN không hợp lệ: cần 8, 12, 13 hoặc 14 chữ số với số kiểm tra đúng (invalid GTIN check digit)")
    .nullish()
)

const quantity = (vi: string, en: string) =>
  z
    .number({ message: `${vi} (${en})` })
    .refine((n) => Number.isSafeInteger(n) && n >= 0 && n <= MAX_QUANTITY, `${vi}, tối đa 1.000.000 (${en}, at most 1,000,000)`)

export const ProducerVariant = z.object({
  title: text("Thiếu tên phiên bản (quy cách)", "variant title is required", 200),
  sku,
  barcode,
  price,
  pack_size: optionalText(100),
  stock: quantity("Số lượng tồn kho phải là số nguyên ≥ 0", "stock must be a whole number ≥ 0").optional(),
})
export type ProducerVariantType = z.infer<typeof ProducerVariant>

export const ProducerVariantUpdate = z.object({
  title: ProducerVariant.shape.title.optional(),
  sku: sku.optional(),
  barcode,
  price: price.optional(),
  pack_size: optionalText(100),
})
export type ProducerVariantUpdateType = z.infer<typeof ProducerVariantUpdate>

const productSetCode = z
  .number({ message: "Thiếu bộ sản phẩm OCOP (product_set_code is required, 1–26)" })
  .refine((n) => !!productSet(n), "Bộ sản phẩm phải là số từ 1 đến 26 (product_set_code is 1–26)")

const handle = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Đường dẫn chỉ gồm chữ thường không dấu, số và gạch nối (handle: a-z, 0-9, -)")
  .refine((h) => h.length <= 200, "Đường dẫn tối đa 200 ký tự (handle: at most 200 characters)")

export const ProducerCreateProduct = z
  .object({
    title: text("Thiếu tên sản phẩm", "title is required", 200),
    subtitle: optionalText(300),
    description: optionalLongText(10000),
    handle: handle.optional(),
    product_set_code: productSetCode,
    thumbnail: url.nullish(),
    images: z
      .array(url, { message: "Ảnh phải là danh sách đường dẫn (images must be URLs)" })
      .max(20, "Tối đa 20 ảnh (at most 20 images)")
      .optional(),
    variants: z
      .array(ProducerVariant, { message: "Cần ít nhất một phiên bản (variants are required)" })
      .min(1, "Cần ít nhất một phiên bản (at least one variant)")
      .max(20, "Tối đa 20 phiên bản (at most 20 variants)"),
  })
  .refine((p) => new Set(p.variants.map((v) => v.sku.toLowerCase())).size === p.variants.length, {
    message: "Mã SKU bị trùng trong sản phẩm (duplicate SKU)",
    path: ["variants"],
  })
export type ProducerCreateProductType = z.infer<typeof ProducerCreateProduct>

export const ProducerUpdateProduct = z.object({
  title: ProducerCreateProduct.shape.title.optional(),
  subtitle: optionalText(300),
  description: optionalLongText(10000),
  handle: handle.optional(),
  product_set_code: productSetCode.optional(),
  thumbnail: url.nullish(),
  images: ProducerCreateProduct.shape.images,
  // never accepted: a product's certificates certify it as this producer's product
  producer_id: z
    .unknown()
    .refine((v) => v === undefined, "Không thể chuyển sản phẩm sang chủ thể khác (a product cannot move to another producer)")
    .optional(),
})
export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>

const paging = {
  limit: z.coerce
    .number()
    .int()
    .refine((n) => n >= 1 && n <= 100, "limit từ 1 đến 100 (limit is 1–100)")
    .default(20),
  offset: z.coerce
    .number()
    .int()
    .refine((n) => n >= 0, "offset phải ≥ 0 (offset ≥ 0)")
    .default(0),
}

export const ProducerListParams = z.object({ q: safeText({ max: 200 }).optional(), ...paging })
export type ProducerListParamsType = z.infer<typeof ProducerListParams>

export const ProducerSetStock = z.object({
  variant_id: safeId("Thiếu phiên bản (variant_id is required)"),
  location_id: safeId("Thiếu kho (location_id is required)"),
  stocked_quantity: quantity("Số lượng tồn kho phải là số nguyên ≥ 0", "stocked_quantity must be a whole number ≥ 0"),
})
export type ProducerSetStockType = z.infer<typeof ProducerSetStock>

export const ProducerSubmitCertificate = z
  .object({
    product_id: safeId("Thiếu sản phẩm (product_id is required)"),
    decision_number: text("Thiếu số quyết định", "decision_number is required", 100),
    decision_date: isoDate,
    issuer: text("Thiếu cơ quan cấp", "issuer is required", 300),
    stars: z
      .number({ message: "Số sao phải là 3, 4 hoặc 5 (stars must be 3, 4 or 5)" })
      .refine(isCertifiedStars, "Chỉ sản phẩm đạt 3, 4 hoặc 5 sao được công nhận OCOP (stars must be 3, 4 or 5)"),
    score: boundedNumber({ min: 0, max: 100, message: "Điểm phải là số từ 0 đến 100 (score is a number 0–100)" }).nullish(),
    valid_until: isoDate.optional(),
    scan_file_id: safeId("Thiếu mã tệp (scan_file_id is empty)").optional(),
    scan_url: url.optional(),
  })
  .refine((c) => !!c.scan_url || !!c.scan_file_id, {
    message: "Cần ảnh chụp hoặc bản quét quyết định công nhận (scan_url or scan_file_id is required)",
    path: ["scan_url"],
  })
  .refine((c) => !c.valid_until || c.valid_until > c.decision_date, {
    message: "Ngày hết hiệu lực phải sau ngày quyết định (valid_until must be after decision_date)",
    path: ["valid_until"],
  })
  // runs even when score failed its own check: only a score in 0–100 has a band
  .refine((c) => !isScore(c.score) || c.stars <= starBandForScore(c.score), {
    message: "Số sao cao hơn mức điểm cho phép (stars exceed the score band)",
    path: ["stars"],
  })
export type ProducerSubmitCertificateType = z.infer<typeof ProducerSubmitCertificate>

export const ProducerReevaluation = z.object({ dossier_file_url: url.nullish(), note: optionalLongText(2000) })
export type ProducerReevaluationType = z.infer<typeof ProducerReevaluation>

export const ProducerCreateFulfillment = z.object({
  line_item_ids: z
    .array(safeId("Mã dòng hàng trống (empty line item id)"), { message: "line_item_ids phải là danh sách (must be a list)" })
    .min(1, "Chọn ít nhất một dòng hàng (at least one line)")
    .max(500, "Tối đa 500 dòng hàng (at most 500 lines)")
    .optional(),
  tracking_number: text("Thiếu mã vận đơn", "tracking_number is required", 100),
  carrier: optionalText(100),
})
export type ProducerCreateFulfillmentType = z.infer<typeof ProducerCreateFulfillment>

export const ProducerSalesParams = z.object({
  year: z.coerce
    .number({ message: "Năm không hợp lệ (invalid year)" })
    .int("Năm không hợp lệ (invalid year)")
    .refine((y) => y >= 2000 && y <= 2100, "Năm không hợp lệ (invalid year)")
    .optional(),
})
export type ProducerSalesParamsType = z.infer<typeof ProducerSalesParams>

export const ProducerEmpty = z.object({})

// Office (admin) side
export const AdminListProducersParams = z.object({
  approval_status: z.enum(["pending_approval", "approved", "rejected", "suspended"]).optional(),
  q: safeText({ max: 200 }).optional(),
  ...paging,
})
export type AdminListProducersParamsType = z.infer<typeof AdminListProducersParams>

export const AdminProducerApproval = z
  .object({
    decision: z.enum(["approve", "reject", "suspend"], {
      message: "decision là approve, reject hoặc suspend (decision: approve|reject|suspend)",
    }),
    reason: optionalLongText(2000),
  })
  .refine((d) => d.decision === "approve" || !!d.reason, {
    message: "Cần nêu lý do khi từ chối hoặc tạm dừng (a reason is required to reject or suspend)",
    path: ["reason"],
  })
export type AdminProducerApprovalType = z.infer<typeof AdminProducerApproval>
