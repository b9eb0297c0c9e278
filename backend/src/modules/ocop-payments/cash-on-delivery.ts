import { randomUUID } from "crypto"
import type {
  AuthorizePaymentInput,
  CapturePaymentInput,
  GetPaymentStatusInput,
  InitiatePaymentInput,
} from "@medusajs/framework/types"
import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { wholeDong } from "./amount"
import { OfflinePaymentProvider } from "./offline-payment-provider"

/**
 * Thanh toán khi nhận hàng: the order is placed authorised; the office (or the producer's courier
 * report) captures it when the money is collected at the door.
 */
export class CashOnDeliveryProvider extends OfflinePaymentProvider {
  static identifier = "cod"

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(cradle, options)
  }

  async initiatePayment({ amount, currency_code }: InitiatePaymentInput) {
    return { id: randomUUID(), data: { method: "cod", amount: wholeDong(amount, currency_code) } }
  }

  async updatePayment({ amount, currency_code, data }: any) {
    return { data: { ...data, method: "cod", amount: wholeDong(amount, currency_code) } }
  }

  async authorizePayment({ data }: AuthorizePaymentInput) {
    return { status: PaymentSessionStatus.AUTHORIZED, data: data ?? {} }
  }

  async capturePayment({ data }: CapturePaymentInput) {
    return { data: { ...data, collected_at: new Date().toISOString() } }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput) {
    return { status: data?.collected_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data }
  }
}
