import { randomUUID } from "crypto"
import type {
  AuthorizePaymentInput,
  CapturePaymentInput,
  GetPaymentStatusInput,
  InitiatePaymentInput,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { wholeDong } from "./amount"

/**
 * Thanh toán khi nhận hàng: the order is placed authorised; the office (or the producer's courier
 * report) captures it when the money is collected at the door.
 */
export class CashOnDeliveryProvider extends AbstractPaymentProvider {
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

  async retrievePayment({ data }: any) {
    return data ?? {}
  }

  async cancelPayment({ data }: any) {
    return { data: data ?? {} }
  }

  async deletePayment({ data }: any) {
    return { data: data ?? {} }
  }

  async refundPayment({ data }: any) {
    return { data: data ?? {} }
  }

  async getWebhookActionAndData() {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
