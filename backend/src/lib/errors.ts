import { MedusaError } from "@medusajs/framework/utils"

/**
 * Errors a person may read: Vietnamese text first (English after), plus a stable machine code
 * so clients can branch without parsing words.
 */
export function ocopError(
  type: keyof typeof MedusaError.Types,
  code: string,
  vi: string,
  en: string
): MedusaError {
  return new MedusaError(MedusaError.Types[type], `${vi} (${en})`, code)
}
