import { MedusaError } from "@medusajs/framework/utils"
import type { ErrorCode } from "@ocop/contract"

export { ERROR_CODES, type ErrorCode } from "@ocop/contract"

/**
 * Errors a person may read: Vietnamese text first (English after), plus a stable machine code
 * so clients can branch without parsing words. The code is one of @ocop/contract's ERROR_CODES
 * (or a rule's problem code from @ocop/domain): the storefront branches on the same constants.
 */
export function ocopError(type: keyof typeof MedusaError.Types, code: ErrorCode, vi: string, en: string): MedusaError {
  return new MedusaError(MedusaError.Types[type], `${vi} (${en})`, code)
}
