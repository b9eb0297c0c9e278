import { transferReference, vietQrPayload, type VietQrAccount } from "../../../../../modules/ocop-payments/vietqr-payload"

// Same receiving account as the VietQR payment provider: VIETQR_* in production, the demo account otherwise.
const account = (): VietQrAccount => ({
  bank_bin: process.env.VIETQR_BANK_BIN || "970405",
  account_number: process.env.VIETQR_ACCOUNT_NUMBER || "3700205123456",
  account_name: process.env.VIETQR_ACCOUNT_NAME || "VAN PHONG DIEU PHOI OCOP HA TINH",
})

/** The EMVCo VietQR payload shown at the counter for a sale paid by bank transfer. */
export function counterVietQr(orderId: string, amount: number) {
  const reference = transferReference(orderId)
  const acc = account()
  return { payload: vietQrPayload(acc, amount, reference), amount, reference, account_name: acc.account_name, bank_bin: acc.bank_bin }
}
