import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
// @ts-expect-error TS1479: vnpay declares ESM types for the CommonJS build jest loads
import { buildPaymentUrlSearchParams, calculateSecureHash, dateFormat, HashAlgorithm, verifySecureHash } from "vnpay"
import { createOfficeUser } from "../helpers/admin"
import { cartReadyToComplete } from "../helpers/checkout"
import { demoProduct, seedDemoCatalogue } from "../helpers/demo-catalogue"
import { failed } from "../helpers/http"
import { PAYMENT_NOTIFICATIONS_MODULE } from "../../src/modules/payment-notifications"

jest.setTimeout(120 * 1000)

// VNPay's and SePay's servers are never called: VNPay's results are signed here with the vnpay
// package's own helpers (HMAC-SHA512 over the sorted, URL-encoded vnp_ fields), SePay's calls carry
// the `Authorization: Apikey …` header SePay documents, with the secrets the backend is started with.
const TMN_CODE = "OCOPTEST"
const SECURE_SECRET = "vnpay_ocop_offline_test_secret"
const SEPAY_KEY = "sepay_ocop_offline_test_key"
process.env.VNPAY_TMN_CODE = TMN_CODE
process.env.VNPAY_SECURE_SECRET = SECURE_SECRET
process.env.SEPAY_API_KEY = SEPAY_KEY
afterAll(() => {
  // other spec files in the same run start without them
  delete process.env.VNPAY_TMN_CODE
  delete process.env.VNPAY_SECURE_SECRET
  delete process.env.SEPAY_API_KEY
})

const sign = (fields: Record<string, string | number>, secret = SECURE_SECRET) =>
  calculateSecureHash({
    secureSecret: secret,
    data: buildPaymentUrlSearchParams(fields).toString(),
    hashAlgorithm: HashAlgorithm.SHA512,
    bufferEncode: "utf-8",
  })

/** The query VNPay sends to the IPN and return URLs for a payment of `amount` đồng. */
function vnpayResult(txnRef: string, amount: number, transactionNo: string, overrides: Record<string, string> = {}) {
  const fields: Record<string, string> = {
    vnp_Amount: String(amount * 100),
    vnp_BankCode: "NCB",
    vnp_BankTranNo: `VNP${transactionNo}`,
    vnp_CardType: "ATM",
    vnp_OrderInfo: `Thanh toan don hang OCOP ${txnRef}`,
    vnp_PayDate: String(dateFormat(new Date())),
    vnp_ResponseCode: "00",
    vnp_TmnCode: TMN_CODE,
    vnp_TransactionNo: transactionNo,
    vnp_TransactionStatus: "00",
    vnp_TxnRef: txnRef,
    ...overrides,
  }
  return { ...fields, vnp_SecureHash: sign(fields) }
}

const VALID_OTHER = "HT01" // Kẹo Cu đơ Bà Hường

integrationTestRunner({
  inApp: true,
  env: { VNPAY_TMN_CODE: TMN_CODE, VNPAY_SECURE_SECRET: SECURE_SECRET, SEPAY_API_KEY: SEPAY_KEY },
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Record<string, string>
    let adminHeaders: Record<string, string>
    let regionId: string
    let variantId: string

    const sessionOf = async (cartId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}?fields=total,*payment_collection.payment_sessions`, { headers: storeHeaders })
      return { total: Number(data.cart.total), session: data.cart.payment_collection.payment_sessions[0] }
    }
    /** The order a cart became (by whoever completed it), with its payments as the office sees them. */
    const orderOfCart = async (cartId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "order.id"], filters: { id: cartId } })
      const orderId = (carts[0] as any)?.order?.id
      if (!orderId) return null
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,payment_status,total,*payment_collections.payments,*payment_collections.payments.captures`,
        {
          headers: adminHeaders,
        }
      )
      return { order: data.order, payment: data.order.payment_collections[0].payments[0] }
    }
    const notifications = async (filters: Record<string, unknown>) =>
      (await (getContainer().resolve(PAYMENT_NOTIFICATIONS_MODULE) as any).listPaymentNotifications(filters)) as any[]
    const ipn = async (query: Record<string, string>) =>
      (await api.get(`/hooks/ocop/vnpay/ipn?${new URLSearchParams(query).toString()}`)).data

    // the VNPay cart (not yet paid) and the VietQR order (placed, awaiting the transfer)
    let vnpay: { cartId: string; txnRef: string; total: number }
    let vietQr: { orderId: string; paymentId: string; reference: string; total: number }

    // Medusa's runner snapshots the database after these and restores it before every test, so
    // each test starts from the same unpaid cart and order.
    beforeAll(async () => {
      ;({ storeHeaders, regionId } = await seedDemoCatalogue(getContainer()))
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
      variantId = (await demoProduct(getContainer(), VALID_OTHER)).variants[0].id

      const vnpayCart = await cartReadyToComplete(api, storeHeaders, regionId, variantId, "pp_vnpay_vnpay")
      const vnpaySession = await sessionOf(vnpayCart)
      vnpay = { cartId: vnpayCart, txnRef: vnpaySession.session.data.txn_ref, total: vnpaySession.total }

      const vietQrCart = await cartReadyToComplete(api, storeHeaders, regionId, variantId, "pp_vietqr_ocop")
      const vietQrSession = await sessionOf(vietQrCart)
      const { data } = await api.post(`/store/carts/${vietQrCart}/complete`, {}, { headers: storeHeaders })
      const placed = await orderOfCart(vietQrCart)
      vietQr = {
        orderId: data.order.id,
        paymentId: placed!.payment.id,
        reference: vietQrSession.session.data.reference,
        total: vietQrSession.total,
      }
    })

    describe("VNPay", () => {
      let cartId: string
      let txnRef: string
      let total: number
      beforeAll(() => {
        ;({ cartId, txnRef, total } = vnpay)
      })

      it("is offered in Việt Nam and sends the shopper to VNPay with a URL signed for the cart's total", async () => {
        const { data } = await api.get(`/store/payment-providers?region_id=${regionId}`, { headers: storeHeaders })
        expect(data.payment_providers.map((p: any) => p.id)).toContain("pp_vnpay_vnpay")

        const { session } = await sessionOf(cartId)
        const url = new URL(session.data.payment_url)
        expect(url.origin).toBe("https://sandbox.vnpayment.vn")
        const { vnp_SecureHash, ...fields } = Object.fromEntries(url.searchParams)
        expect(fields).toEqual(
          expect.objectContaining({ vnp_TmnCode: TMN_CODE, vnp_TxnRef: txnRef, vnp_Amount: String(total * 100), vnp_CurrCode: "VND" })
        )
        const data_ = buildPaymentUrlSearchParams(fields).toString()
        expect(
          verifySecureHash({ secureSecret: SECURE_SECRET, data: data_, hashAlgorithm: HashAlgorithm.SHA512, receivedHash: vnp_SecureHash })
        ).toBe(true)
      })

      it("does not place the order before VNPay confirms the payment", async () => {
        const refused = await failed(api.post(`/store/carts/${cartId}/complete`, {}, { headers: storeHeaders }))
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(await orderOfCart(cartId)).toBeNull()
      })

      it("answers 97 to a result with a bad checksum, 01 to an unknown order and 04 to a wrong amount, capturing nothing", async () => {
        const good = vnpayResult(txnRef, total, "14000001")
        expect(await ipn({ ...good, vnp_Amount: String(total) })).toEqual({ RspCode: "97", Message: "Fail checksum" })
        expect(await ipn({ ...good, vnp_SecureHash: sign(good, "someone-elses-secret") })).toMatchObject({ RspCode: "97" })
        const { vnp_SecureHash: _drop, ...unsigned } = good
        expect(await ipn(unsigned)).toMatchObject({ RspCode: "97" })
        expect(await notifications({ reference: txnRef })).toHaveLength(0)

        expect(await ipn(vnpayResult("01KNOTASESSION", total, "14000002"))).toEqual({ RspCode: "01", Message: "Order not found" })

        expect(await ipn(vnpayResult(txnRef, total - 1000, "14000003"))).toEqual({ RspCode: "04", Message: "Invalid amount" })
        expect(await orderOfCart(cartId)).toBeNull()
        expect((await notifications({ reference: txnRef })).map((n) => n.outcome)).toEqual(["amount_mismatch"])
      })

      it("places the order paid on VNPay's IPN; a replay, and the shopper's return, change nothing", async () => {
        const result = vnpayResult(txnRef, total, "14000004")
        expect(await ipn(result)).toEqual({ RspCode: "00", Message: "Confirm Success" })
        const placed = await orderOfCart(cartId)
        expect(placed?.order.payment_status).toBe("captured")
        expect(placed?.payment.provider_id).toBe("pp_vnpay_vnpay")
        expect(placed?.payment.captures).toHaveLength(1)
        expect(Number(placed?.payment.captures[0].amount)).toBe(total)

        expect(await ipn(result)).toEqual({ RspCode: "02", Message: "Order already confirmed" })
        const { data: returned } = await api.get(`/hooks/ocop/vnpay/return?${new URLSearchParams(result).toString()}`)
        expect(returned).toEqual({ paid: true, outcome: "duplicate", amount: total, cart_id: cartId })

        const after = await orderOfCart(cartId)
        expect(after?.payment.captures).toHaveLength(1)
        expect((await notifications({ reference: txnRef, outcome: "captured" })).length).toBe(1)
      })
      it("places the order when the shopper returns before the IPN; the storefront's completion finds it, the late IPN answers 02", async () => {
        const result = vnpayResult(txnRef, total, "14000005")
        const { data: returned } = await api.get(`/hooks/ocop/vnpay/return?${new URLSearchParams(result).toString()}`)
        expect(returned).toEqual({ paid: true, outcome: "captured", amount: total, cart_id: cartId })

        const placed = await orderOfCart(cartId)
        expect(placed?.order.payment_status).toBe("captured")
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: storeHeaders })
        expect(completed).toMatchObject({ type: "order", order: { id: placed?.order.id }, order_access: { token: expect.any(String) } })
        expect(await ipn(result)).toMatchObject({ RspCode: "02" })
        expect((await orderOfCart(cartId))?.payment.captures).toHaveLength(1)
      })

      it("refuses a tampered return", async () => {
        const result = vnpayResult(txnRef, total, "14000006")
        const refused = await failed(
          api.get(`/hooks/ocop/vnpay/return?${new URLSearchParams({ ...result, vnp_ResponseCode: "24" }).toString()}`)
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/không hợp lệ/)
        expect(await orderOfCart(cartId)).toBeNull()
      })
    })

    describe("VietQR confirmed by SePay", () => {
      let orderId: string
      let paymentId: string
      let reference: string
      let total: number

      const sepay = (body: Record<string, unknown>, key: string | null = SEPAY_KEY) =>
        api.post("/hooks/ocop/sepay", body, { headers: key ? { authorization: `Apikey ${key}` } : {} })
      // a transfer as SePay reports it: the bank rewrote the note (no space, its own words around it)
      const transfer = (id: number, amount: number, ref = reference) => ({
        id,
        gateway: "Agribank",
        transactionDate: "2026-12-07 10:00:00",
        accountNumber: "3700205123456",
        code: null,
        content: `MBVCB.123456.${ref.replace(" ", "")}.CT tu 0912345678 NGUYEN VAN A`,
        transferType: "in",
        transferAmount: amount,
        accumulated: 99000000,
        subAccount: null,
        referenceCode: `FT2634${id}`,
        description: "",
      })
      const vietQrPayment = async () => {
        const { data } = await api.get(
          `/admin/orders/${orderId}?fields=id,payment_status,*payment_collections.payments,*payment_collections.payments.captures`,
          {
            headers: adminHeaders,
          }
        )
        return { status: data.order.payment_status, payment: data.order.payment_collections[0].payments[0] }
      }

      beforeAll(() => {
        ;({ orderId, paymentId, reference, total } = vietQr)
      })

      it("refuses a call without SePay's API key or with another (401), storing nothing", async () => {
        for (const key of [null, "sepay_guessed_key_0000000", `${SEPAY_KEY}x`]) {
          const refused = await failed(sepay(transfer(7001, total), key))
          expect(refused.status).toBe(401)
          expect(refused.data.message).toMatch(/Khóa API SePay không hợp lệ/)
        }
        expect(await notifications({ id: "sepay:7001" })).toHaveLength(0)
        expect((await vietQrPayment()).status).toBe("authorized")
      })

      it("records a transfer of the wrong amount for the office without confirming the order", async () => {
        const { data } = await sepay(transfer(7002, total - 1))
        expect(data).toEqual({ success: true, outcome: "amount_mismatch" })
        expect((await vietQrPayment()).status).toBe("authorized")
        expect(await notifications({ id: "sepay:7002" })).toEqual([expect.objectContaining({ outcome: "amount_mismatch", reference })])
      })

      it("confirms the order when the reference and amount match, once: a redelivery changes nothing", async () => {
        const { data } = await sepay(transfer(7003, total))
        expect(data).toEqual({ success: true, outcome: "captured" })
        const confirmed = await vietQrPayment()
        expect(confirmed.status).toBe("captured")
        expect(confirmed.payment.id).toBe(paymentId)
        expect(confirmed.payment.captures).toHaveLength(1)

        const { data: again } = await sepay(transfer(7003, total))
        expect(again).toEqual({ success: true, outcome: "duplicate" })
        expect((await vietQrPayment()).payment.captures).toHaveLength(1)
        expect(await notifications({ id: "sepay:7003" })).toHaveLength(1)
      })

      it("refuses a malformed report with a clear message", async () => {
        const refused = await failed(sepay({ ...transfer(7004, total), transferAmount: 1.5 }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/số đồng nguyên/)
        expect(await notifications({ id: "sepay:7004" })).toHaveLength(0)
      })
    })
  },
})
