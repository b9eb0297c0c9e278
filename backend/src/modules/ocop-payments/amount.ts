import { BigNumber } from "@medusajs/framework/utils"
import { ERROR_CODES, ocopError } from "../../lib/errors"

/** A payment amount in whole đồng: VND has no minor unit, so anything fractional is a bug upstream. */
export function wholeDong(amount: unknown, currencyCode: string): number {
  if (currencyCode.toLowerCase() !== "vnd") {
    throw ocopError("INVALID_DATA", ERROR_CODES.PAYMENT_CURRENCY, "Chỉ thanh toán bằng đồng Việt Nam", "payments are in VND only")
  }
  const value = new BigNumber(amount as any).numeric
  if (!Number.isInteger(value) || value <= 0) {
    throw ocopError("INVALID_DATA", ERROR_CODES.PAYMENT_AMOUNT, "Số tiền phải là số đồng nguyên dương", "amount must be whole đồng")
  }
  return value
}
