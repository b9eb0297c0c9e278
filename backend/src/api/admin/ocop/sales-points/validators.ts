import { z } from "@medusajs/framework/zod"
import { isProvinceCode, isSafeText, isSalesPointCategory, SALES_POINT_CATEGORY_CODES } from "@ocop/domain"
import { safeText } from "../../../../lib/safe-input"

const provinceCode = z.custom<string>(
  isProvinceCode,
  "Mã tỉnh/thành không hợp lệ, ví dụ 42 là Hà Tĩnh (province_code must be a province code)"
)
const category = z.custom<string>(
  isSalesPointCategory,
  `Loại địa điểm không hợp lệ, chọn một trong: ${SALES_POINT_CATEGORY_CODES.join(", ")} (unknown location_category)`
)
const text = (field: string) =>
  z.custom<string>(
    (s) => typeof s === "string" && s.trim().length > 0 && s.length <= 300 && isSafeText(s),
    `${field}: bắt buộc, tối đa 300 ký tự, không có ký tự điều khiển hay ký tự ẩn (${field} is required, at most 300 characters, no control characters)`
  )

export const AdminCreateSalesPoint = z.object({
  name: text("name"),
  location_category: category,
  province_code: provinceCode,
  commune: safeText({ max: 200 }).nullish(),
  address: safeText({ max: 300 }).nullish(),
  operator: safeText({ max: 300 }).nullish(),
  opening_hours: safeText({ max: 200 }).nullish(),
})
export type AdminCreateSalesPointType = z.infer<typeof AdminCreateSalesPoint>

export const AdminUpdateSalesPoint = AdminCreateSalesPoint.partial()
export type AdminUpdateSalesPointType = z.infer<typeof AdminUpdateSalesPoint>

export const AdminCreateStaff = z.object({
  email: z.custom<string>(
    (s) => typeof s === "string" && s.length <= 254 && isSafeText(s) && /^[^\s@]+@[^\s@]+$/.test(s),
    "E-mail không hợp lệ (invalid e-mail)"
  ),
  name: text("name"),
  // staff set their own password through the invitation link; the office never knows it
  password: z
    .custom<undefined>(
      (v) => v === undefined,
      "Văn phòng không đặt mật khẩu cho nhân viên: nhân viên tự đặt qua đường dẫn mời (staff set their own password through the invitation link)"
    )
    .optional(),
})
export type AdminCreateStaffType = z.infer<typeof AdminCreateStaff>

export const AdminUpdateStaff = z.object({
  disabled: z.boolean({ message: "disabled: true để khoá, false để mở khoá (disabled must be true or false)" }),
})
export type AdminUpdateStaffType = z.infer<typeof AdminUpdateStaff>

const dateTime = (field: string) =>
  z.custom<string>((s) => typeof s === "string" && !Number.isNaN(Date.parse(s)), `${field}: ngày giờ không hợp lệ (invalid date-time)`)

export const AdminCreateFair = z
  .object({
    name: text("name"),
    venue: text("venue"),
    province_code: provinceCode,
    starts_at: dateTime("starts_at"),
    ends_at: dateTime("ends_at"),
  })
  .refine((f) => Date.parse(f.starts_at) < Date.parse(f.ends_at), {
    message: "Ngày kết thúc phải sau ngày bắt đầu (ends_at must be after starts_at)",
    path: ["ends_at"],
  })
export type AdminCreateFairType = z.infer<typeof AdminCreateFair>

export const AdminCreateBooth = z.object({ name: text("name"), operator: safeText({ max: 300 }).nullish() })
export type AdminCreateBoothType = z.infer<typeof AdminCreateBooth>
