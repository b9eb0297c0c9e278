import type {
  AuthorizePaymentInput,
  CapturePaymentInput,
  GetPaymentStatusInput,
  InitiatePaymentInput,
  UpdatePaymentInput,
} from "@medusajs/framework/types"
import { MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import { ProductCode, VnpLocale } from "./vnpay-package"
import { wholeDong } from "../ocop-payments/amount"
import { OfflinePaymentProvider } from "../ocop-payments/offline-payment-provider"
import { readVnpayResult, txnRefOf, vnpayClient, type VnpayResultQuery } from "./result"
import type { VnpaySettings } from "./settings"

/** The session's own fields: computed here, never taken from the shopper's request. */
type VnpaySession = {
  method: "vnpay"
  amount: number
  txn_ref: string
  payment_url: string
  /** VNPay's signed result (IPN or return query), once it said the money was taken */
  vnpay_result?: VnpayResultQuery
  paid_at?: string
  captured_at?: string
}

/**
 * Thanh toán qua VNPay: the session carries a payment URL signed with the shop's secret; the shopper
 * pays on VNPay's page and VNPay reports the result to the IPN route (and sends the shopper back to
 * the return page). The session is authorised only by a result VNPay signed for this session's
 * reference and amount, kept in the session and verified again here, so nothing a shopper sends can
 * authorise it. Refunds are made on VNPay's merchant portal; Medusa only records them. VNPay's IPN
 * is answered by /hooks/ocop/vnpay/ipn (VNPay expects its own RspCode answer), not by Medusa's
 * webhook: retrieving, cancelling, deleting and refunding are the offline methods' (session data only).
 */
export class VnpayProvider extends OfflinePaymentProvider<VnpaySettings> {
  static identifier = "vnpay"

  static validateOptions(options: Record<string, unknown>) {
    if (!options?.tmn_code || !options?.secure_secret || !options?.return_url) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "VNPay cần tmn_code, secure_secret và return_url (VNPay needs tmn_code, secure_secret and return_url)"
      )
    }
  }

  constructor(
    cradle: Record<string, unknown>,
    private readonly settings: VnpaySettings
  ) {
    super(cradle, settings)
  }

  private paymentUrl(amount: number, txnRef: string) {
    return vnpayClient(this.settings).buildPaymentUrl({
      vnp_Amount: amount,
      // the shopper's address is not known to the payment module; VNPay requires a value
      vnp_IpAddr: "127.0.0.1",
      vnp_TxnRef: txnRef,
      vnp_OrderInfo: `Thanh toan don hang OCOP ${txnRef}`,
      vnp_OrderType: ProductCode.Other,
      vnp_ReturnUrl: this.settings.return_url,
      vnp_Locale: VnpLocale.VN,
    })
  }

  /** VNPay's result, if it is signed, says paid, and is for exactly this session and amount. */
  private paidResult(session: Partial<VnpaySession>, candidate: unknown): VnpayResultQuery | undefined {
    if (!candidate || typeof candidate !== "object") return undefined
    const result = readVnpayResult(this.settings, candidate as Record<string, unknown>)
    const matches = result.paid && result.txn_ref === session.txn_ref && result.amount === session.amount
    return matches ? (candidate as VnpayResultQuery) : undefined
  }

  /** The session rebuilt from its own fields only (whatever else was merged into `data` is dropped). */
  private own(data: Record<string, unknown> | undefined): Partial<VnpaySession> {
    const amount = typeof data?.amount === "number" ? data.amount : undefined
    const txnRef = typeof data?.txn_ref === "string" ? data.txn_ref : undefined
    if (amount === undefined || !txnRef) return {}
    const base = { method: "vnpay" as const, amount, txn_ref: txnRef, payment_url: this.paymentUrl(amount, txnRef) }
    const result = this.paidResult(base, data?.vnpay_result)
    return {
      ...base,
      ...(result ? { vnpay_result: result, paid_at: typeof data?.paid_at === "string" ? data.paid_at : new Date().toISOString() } : {}),
      ...(result && typeof data?.captured_at === "string" ? { captured_at: data.captured_at } : {}),
    }
  }

  async initiatePayment({ amount, currency_code, context, data }: InitiatePaymentInput) {
    const sessionId = (typeof data?.session_id === "string" && data.session_id) || context?.idempotency_key
    if (!sessionId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Thiếu mã phiên thanh toán (payment session id missing)")
    }
    const value = wholeDong(amount, currency_code)
    const txnRef = txnRefOf(sessionId)
    return { id: txnRef, data: { method: "vnpay", amount: value, txn_ref: txnRef, payment_url: this.paymentUrl(value, txnRef) } }
  }

  /** A new amount gets a new signed URL; VNPay's signed result is kept only if it still matches. */
  async updatePayment({ amount, currency_code, data }: UpdatePaymentInput) {
    const value = wholeDong(amount, currency_code)
    return { data: this.own({ ...data, amount: value }) }
  }

  async authorizePayment({ data }: AuthorizePaymentInput) {
    const session = this.own(data)
    if (!session.vnpay_result) {
      // not paid on VNPay (yet): the cart is not completed
      return { status: PaymentSessionStatus.REQUIRES_MORE, data: session }
    }
    return { status: PaymentSessionStatus.AUTHORIZED, data: session }
  }

  async capturePayment({ data }: CapturePaymentInput) {
    const session = this.own(data)
    if (!session.vnpay_result) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "VNPay chưa xác nhận thanh toán này (VNPay has not confirmed this payment)")
    }
    return { data: { ...session, captured_at: session.captured_at ?? new Date().toISOString() } }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput) {
    const session = this.own(data)
    const status = session.captured_at
      ? PaymentSessionStatus.CAPTURED
      : session.vnpay_result
        ? PaymentSessionStatus.AUTHORIZED
        : PaymentSessionStatus.PENDING
    return { status, data: session }
  }
}
