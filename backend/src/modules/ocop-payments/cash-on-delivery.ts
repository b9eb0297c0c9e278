import { randomUUID } from "crypto"
import type { AuthorizePaymentInput, CapturePaymentInput, GetPaymentStatusInput, InitiatePaymentInput } from "@medusajs/framework/types"
import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { wholeDong } from "./amount"
import { OfflinePaymentProvider } from "./offline-payment-provider"

/**
 * Thanh toán khi nhận hàng: the order is placed authorised; the office (or the producer's courier
 * report) captures it when the money is collected at the door.
 */
/** The session's own fields: computed here, never taken from the shopper's request. */
type CodSession = { method: "cod"; amount: number; collected_at?: string }

const ownCod = (data: Record<string, unknown> | undefined): Partial<CodSession> => ({
  ...(typeof data?.amount === "number" ? { amount: data.amount } : {}),
  ...(typeof data?.collected_at === "string" ? { collected_at: data.collected_at } : {}),
})

export class CashOnDeliveryProvider extends OfflinePaymentProvider {
  static identifier = "cod"

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(cradle, options)
  }

  async initiatePayment({ amount, currency_code }: InitiatePaymentInput) {
    return { id: randomUUID(), data: { method: "cod", amount: wholeDong(amount, currency_code) } }
  }

  async updatePayment({ amount, currency_code }: any) {
    return { data: { method: "cod", amount: wholeDong(amount, currency_code) } }
  }

  // Authorising replaces the session data, so whatever a shopper added at initiation is dropped here.
  // collected_at only exists after capture, which happens after authorisation.
  async authorizePayment({ data }: AuthorizePaymentInput) {
    return { status: PaymentSessionStatus.AUTHORIZED, data: { method: "cod", amount: ownCod(data).amount } }
  }

  async capturePayment({ data }: CapturePaymentInput) {
    return { data: { method: "cod", amount: ownCod(data).amount, collected_at: new Date().toISOString() } }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput) {
    return { status: data?.collected_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data }
  }
}
