import { ERROR_CODES, ocopError } from "../../lib/errors"
import { officeScopeLabel, type OfficeScope } from "./scope"

/** The office's refusals, each with its Vietnamese text and stable code. */

export const noOfficeScope = () =>
  ocopError(
    "FORBIDDEN",
    ERROR_CODES.OFFICE_NO_SCOPE,
    "Tài khoản chưa được giao phạm vi văn phòng OCOP (tỉnh hoặc toàn quốc); đề nghị văn phòng OCOP toàn quốc phân quyền",
    "this account has no OCOP office scope; ask the national office to assign one"
  )

export const outOfScope = (scope: OfficeScope) =>
  ocopError(
    "FORBIDDEN",
    ERROR_CODES.OFFICE_OUT_OF_SCOPE,
    `Hồ sơ này thuộc tỉnh/thành khác, ngoài phạm vi của ${officeScopeLabel(scope)}`,
    "this record belongs to another province, outside your office's scope"
  )

export const nationalOnly = () =>
  ocopError(
    "FORBIDDEN",
    ERROR_CODES.OFFICE_NATIONAL_ONLY,
    "Chỉ tài khoản văn phòng OCOP toàn quốc được thực hiện thao tác này",
    "only a national OCOP office account may do this"
  )

export const fiveStarIsMinistrys = () =>
  ocopError(
    "FORBIDDEN",
    ERROR_CODES.OFFICE_FIVE_STAR_MINISTRY,
    "Chứng nhận 5 sao do Bộ Nông nghiệp và Môi trường cấp; văn phòng OCOP tỉnh không được ghi nhận, xác minh hay thay đổi (Quyết định 26/2026 Điều 4.1)",
    "5-star certificates are issued by the Ministry of Agriculture and Environment; a provincial office cannot record, verify or change them"
  )

export const issuerNotMinistry = () =>
  ocopError(
    "INVALID_DATA",
    ERROR_CODES.CERTIFICATE_FIVE_STAR_ISSUER,
    "Chứng nhận 5 sao do Bộ Nông nghiệp và Môi trường cấp, không phải Ủy ban nhân dân; sửa cơ quan cấp cho đúng quyết định",
    "a 5-star certificate is issued by the Ministry of Agriculture and Environment, not a People's Committee"
  )
