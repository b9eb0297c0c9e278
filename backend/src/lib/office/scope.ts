import type { MedusaContainer } from "@medusajs/framework/types"
import { provinceFullName } from "@ocop/domain"
import { ocopError } from "../errors"
import { OFFICE_MODULE } from "../../modules/office"
import type OfficeModuleService from "../../modules/office/service"

/** Where the acting OCOP office account has authority. */
export type OfficeScope = { kind: "national" } | { kind: "province"; province_code: string }

/** "Văn phòng OCOP tỉnh Hà Tĩnh" or "Toàn quốc": what the admin shows beside the officer's name. */
export function officeScopeLabel(scope: OfficeScope): string {
  if (scope.kind === "national") return "Toàn quốc"
  const name = provinceFullName(scope.province_code) ?? scope.province_code
  return `Văn phòng OCOP ${name.charAt(0).toLowerCase()}${name.slice(1)}`
}

/** The scope stored for a user, or null: a user without one has no OCOP authority. */
export async function officeScopeOfUser(container: MedusaContainer, userId: string | undefined): Promise<OfficeScope | null> {
  if (!userId) return null
  const office: OfficeModuleService = container.resolve(OFFICE_MODULE)
  const [row] = await office.listOfficeScopes({ user_id: userId })
  if (!row) return null
  if (row.scope === "national") return { kind: "national" }
  return row.province_code ? { kind: "province", province_code: row.province_code } : null
}

/** The province a provincial account is confined to; null for a national account. */
export const ownProvince = (scope: OfficeScope): string | null => (scope.kind === "province" ? scope.province_code : null)

export const noOfficeScope = () =>
  ocopError(
    "FORBIDDEN",
    "ocop.office.no_scope",
    "Tài khoản chưa được giao phạm vi văn phòng OCOP (tỉnh hoặc toàn quốc); đề nghị văn phòng OCOP toàn quốc phân quyền",
    "this account has no OCOP office scope; ask the national office to assign one"
  )

export const outOfScope = (scope: OfficeScope) =>
  ocopError(
    "FORBIDDEN",
    "ocop.office.out_of_scope",
    `Hồ sơ này thuộc tỉnh/thành khác, ngoài phạm vi của ${officeScopeLabel(scope)}`,
    "this record belongs to another province, outside your office's scope"
  )

export const nationalOnly = () =>
  ocopError(
    "FORBIDDEN",
    "ocop.office.national_only",
    "Chỉ tài khoản văn phòng OCOP toàn quốc được thực hiện thao tác này",
    "only a national OCOP office account may do this"
  )

export const fiveStarIsMinistrys = () =>
  ocopError(
    "FORBIDDEN",
    "ocop.office.five_star_ministry",
    "Chứng nhận 5 sao do Bộ Nông nghiệp và Môi trường cấp; văn phòng OCOP tỉnh không được ghi nhận, xác minh hay thay đổi (Quyết định 26/2026 Điều 4.1)",
    "5-star certificates are issued by the Ministry of Agriculture and Environment; a provincial office cannot record, verify or change them"
  )

/** The acting officer's scope, as the office middleware resolved it (fails closed if it did not run). */
export function officeScopeOf(req: { office_scope?: OfficeScope | null } | object): OfficeScope {
  const scope = (req as { office_scope?: OfficeScope | null }).office_scope
  if (!scope) throw noOfficeScope()
  return scope
}

/** The province a list must be confined to (the officer's), or null for a national account. */
export const officeProvinceFilter = (req: object): string | null => ownProvince(officeScopeOf(req))
