import { provinceFullName } from "@ocop/domain"

/** Where the acting OCOP office account has authority. */
export type OfficeScope = { kind: "national" } | { kind: "province"; province_code: string }

/** "Văn phòng OCOP tỉnh Hà Tĩnh" or "Toàn quốc": what the admin shows beside the officer's name. */
export function officeScopeLabel(scope: OfficeScope): string {
  if (scope.kind === "national") return "Toàn quốc"
  const name = provinceFullName(scope.province_code) ?? scope.province_code
  return `Văn phòng OCOP ${name.charAt(0).toLowerCase()}${name.slice(1)}`
}

/** The scope a stored row grants, or null when it grants none (a provincial row without a province). */
export function scopeOfRow(row: { scope: string; province_code: string | null } | undefined): OfficeScope | null {
  if (!row) return null
  if (row.scope === "national") return { kind: "national" }
  return row.province_code ? { kind: "province", province_code: row.province_code } : null
}

/** The province a provincial account is confined to; null for a national account. */
export const ownProvince = (scope: OfficeScope): string | null => (scope.kind === "province" ? scope.province_code : null)
