import { AbstractPaymentProvider, PaymentActions } from "@medusajs/framework/utils"

/**
 * What the offline methods (cash at the door, bank transfer) share, and VNPay too (whose results
 * reach our own route): no payment service to ask, so retrieving, cancelling, deleting and refunding
 * only hand back the session data, and no webhook reaches Medusa's. Each method keeps its own
 * initiate/authorise/capture rules.
 */
export abstract class OfflinePaymentProvider<TOptions = Record<string, unknown>> extends AbstractPaymentProvider<TOptions> {
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
