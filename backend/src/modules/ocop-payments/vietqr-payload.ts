import { QRPay } from "vietnam-qr-pay"

export type VietQrAccount = { bank_bin: string; account_number: string; account_name: string }

/**
 * The EMVCo payload a banking app scans: the receiving account (NAPAS 247 VietQR), the amount in
 * đồng and the order reference as the transfer note, so the office can match the incoming transfer.
 */
export function vietQrPayload(account: VietQrAccount, amount: number, reference: string): string {
  return QRPay.initVietQR({
    bankBin: account.bank_bin,
    bankNumber: account.account_number,
    amount: String(amount),
    purpose: reference,
  }).build()
}

/** A transfer note short enough for every bank's app, unique enough to match one order. */
export function transferReference(sessionId: string): string {
  return `OCOP ${sessionId
    .replace(/[^a-zA-Z0-9]/g, "")
    .slice(-10)
    .toUpperCase()}`
}
