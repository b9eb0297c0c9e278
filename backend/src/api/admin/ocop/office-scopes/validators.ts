import { z } from "@medusajs/framework/zod"
import { isProvinceCode } from "@ocop/domain"

/** A national account assigns an office user's scope: one province (its code) or national. */
export const AdminAssignOfficeScope = z
  .object({
    user_id: z.custom<string>(
      (v) => typeof v === "string" && /^[A-Za-z0-9_]{1,64}$/.test(v),
      "Thiếu hoặc sai mã người dùng (user_id is required)"
    ),
    scope: z.custom<"national" | "province">(
      (v) => v === "national" || v === "province",
      "Phạm vi phải là national (toàn quốc) hoặc province (một tỉnh) (scope must be national or province)"
    ),
    province_code: z.string().nullish(),
  })
  .superRefine((body, ctx) => {
    if (body.scope === "province" && !isProvinceCode(body.province_code)) {
      ctx.addIssue({
        code: "custom",
        path: ["province_code"],
        message: "Cần chọn mã tỉnh/thành hợp lệ, ví dụ 42 là Hà Tĩnh (province_code must be a province code)",
      })
    }
    if (body.scope === "national" && body.province_code) {
      ctx.addIssue({
        code: "custom",
        path: ["province_code"],
        message: "Phạm vi toàn quốc không kèm mã tỉnh (a national scope has no province_code)",
      })
    }
  })

export type AdminAssignOfficeScopeType = z.infer<typeof AdminAssignOfficeScope>
