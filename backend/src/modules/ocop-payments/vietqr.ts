import { randomUUID } from "crypto"
import type { AuthorizePaymentInput, CapturePaymentInput, GetPaymentStatusInput, InitiatePaymentInput } from "@medusajs/framework/types"
import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { wholeDong } from "./amount"
import { OfflinePaymentProvider } from "./offline-payment-provider"
import { transferReference, vietQrPayload, type VietQrAccount } from "./vietqr-payload"

export type VietQrOptions = Partial<VietQrAccount>

// The demo's receiving account (Agribank's BIN); production sets VIETQR_* in the environment.
const DEMO_ACCOUNT: VietQrAccount = {
  bank_bin: "970405",
  account_number: "3700205123456",
  account_name: "VAN PHONG DIEU PHOI OCOP HA TINH",
}

/**
 * Chuyển khoản VietQR: the shopper pays from a banking app by scanning the order's QR. Nothing tells
 * the shop automatically that the money arrived, so the order is placed authorised and waits for the
 * office to confirm the transfer (capture) in the admin.
 */
export class VietQrProvider extends OfflinePaymentProvider<VietQrOptions> {
  static identifier = "vietqr"

  private readonly account: VietQrAccount

  constructor(cradle: Record<string, unknown>, options: VietQrOptions = {}) {
    super(cradle, options)
    this.account = {
      bank_bin: options.bank_bin || DEMO_ACCOUNT.bank_bin,
      account_number: options.account_number || DEMO_ACCOUNT.account_number,
      account_name: options.account_name || DEMO_ACCOUNT.account_name,
    }
  }

  private transfer(amount: number, reference: string) {
    return {
      method: "vietqr",
      amount,
      reference,
      ...this.account,
      qr_payload: vietQrPayload(this.account, amount, reference),
    }
  }

  async initiatePayment({ amount, currency_code }: InitiatePaymentInput) {
    const id = randomUUID()
    return { id, data: this.transfer(wholeDong(amount, currency_code), transferReference(id)) }
  }

  /** The transfer this session was created with, rebuilt from its amount and reference only. */
  private ownTransfer(data: Record<string, unknown> | undefined) {
    const amount = typeof data?.amount === "number" ? data.amount : 0
    const reference = typeof data?.reference === "string" ? data.reference : transferReference(randomUUID())
    return this.transfer(amount, reference)
  }

  async updatePayment({ amount, currency_code, data }: any) {
    const reference = typeof data?.reference === "string" ? data.reference : transferReference(randomUUID())
    return { data: this.transfer(wholeDong(amount, currency_code), reference) }
  }

  // Authorising replaces the session data: a shopper-sent confirmed_at (merged in by Medusa at
  // initiation) is dropped here, so only capture by the office or the counter confirms a transfer.
  async authorizePayment({ data }: AuthorizePaymentInput) {
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...this.ownTransfer(data), awaiting_confirmation: true } }
  }

  async capturePayment({ data }: CapturePaymentInput) {
    return { data: { ...this.ownTransfer(data), awaiting_confirmation: false, confirmed_at: new Date().toISOString() } }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput) {
    return { status: data?.confirmed_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data }
  }
}
