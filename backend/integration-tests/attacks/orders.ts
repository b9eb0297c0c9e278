import { addDays, vietnamDate } from "@ocop/domain"
import { createOfficeUser } from "../helpers/admin"
import { attack, defineAttackArea } from "../helpers/attacks"
import { producerWithStock } from "../helpers/consignments"
import { seedDemoCatalogue } from "../helpers/demo-catalogue"
import { bearer } from "../helpers/producer"
import { signOrderAccessToken } from "../../src/lib/orders/access-token"

/**
 * Orders: an order id is not a key. Only the customer who owns an order, or a guest holding the
 * signed token its checkout returned, reads it; producers see only their own lines of a shared order.
 */
type Fixture = {
  storeHeaders: Record<string, string>
  guestOrderId: string
  guestToken: string
  ownerOrderId: string
  ownerToken: string
  otherCustomerToken: string
  a: Awaited<ReturnType<typeof producerWithStock>>
  b: Awaited<ReturnType<typeof producerWithStock>>
  lineOfB: string
}

const ADDRESS = { first_name: "Hoa", last_name: "Trần", address_1: "7 Trần Phú", city: "Hà Tĩnh", country_code: "vn", phone: "0987654321" }

export default defineAttackArea<Fixture>({
  name: "orders",
  async setup({ api, getContainer }) {
    const { storeHeaders, regionId } = await seedDemoCatalogue(getContainer())
    const { headers: office } = await createOfficeUser(getContainer(), "orders-office@ocop.test")
    const a = await producerWithStock(api, office, "a-orders@ocop.test", "HTX Chè A", "ORD-A-500")
    const b = await producerWithStock(api, office, "b-orders@ocop.test", "HTX Cam B", "ORD-B-500")
    for (const p of [a, b]) {
      const { data } = await api.post(
        "/producer/certificates",
        {
          product_id: p.productId,
          decision_number: `${p.productId.slice(-4)}/QĐ-UBND`,
          decision_date: addDays(vietnamDate(new Date()), -400),
          issuer: "UBND tỉnh Hà Tĩnh",
          stars: 4,
          scan_url: "https://ocop.example/quyet-dinh.pdf",
        },
        bearer(p.token)
      )
      await api.post(`/admin/ocop/certificates/${data.certificate.id}/transitions`, { to: "valid" }, { headers: office })
    }

    const checkout = async (items: string[], email: string, customerToken?: string) => {
      const headers = { headers: { ...storeHeaders, ...(customerToken ? { authorization: `Bearer ${customerToken}` } : {}) } }
      const { data: cart } = await api.post(
        "/store/carts",
        { region_id: regionId, items: items.map((variant_id) => ({ variant_id, quantity: 1 })) },
        headers
      )
      await api.post(`/store/carts/${cart.cart.id}`, { email, shipping_address: ADDRESS }, headers)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, headers)
      await api.post(
        `/store/carts/${cart.cart.id}/shipping-methods`,
        { option_id: options.shipping_options.find((o: any) => /tiêu chuẩn/i.test(o.name)).id },
        headers
      )
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, headers)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_cod_ocop" },
        headers
      )
      const { data } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, headers)
      return data
    }
    const customer = async (email: string) => {
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-2026" })
      await api.post(
        "/store/customers",
        { email, first_name: "Lan" },
        { headers: { ...storeHeaders, authorization: `Bearer ${reg.token}` } }
      )
      return (await api.post("/auth/customer/emailpass", { email, password: "mat-khau-2026" })).data.token as string
    }

    const guest = await checkout([a.variantId, b.variantId], "khach-vang-lai@example.vn")
    const ownerToken = await customer("chu-don@example.vn")
    const owned = await checkout([a.variantId], "chu-don@example.vn", ownerToken)
    const otherCustomerToken = await customer("nguoi-khac@example.vn")
    const lineOfB = guest.order.items.find((i: any) => i.variant_id === b.variantId).id
    return {
      storeHeaders,
      guestOrderId: guest.order.id,
      guestToken: guest.order_access.token,
      ownerOrderId: owned.order.id,
      ownerToken,
      otherCustomerToken,
      a,
      b,
      lineOfB,
    }
  },
  register({ api, getContainer }, fixture) {
    const read = (orderId: string, headers: Record<string, string> = {}) =>
      api.get(`/store/orders/${orderId}`, { headers: { ...fixture().storeHeaders, ...headers } })
    /** The rightful readers still read the orders, unchanged. */
    const rightfulView = async () => {
      const f = fixture()
      const guest = (await read(f.guestOrderId, { "x-ocop-order-token": f.guestToken })).data.order
      const owned = (await read(f.ownerOrderId, { authorization: `Bearer ${f.ownerToken}` })).data.order
      const ofB = (await api.get(`/producer/orders/${f.guestOrderId}`, bearer(f.b.token))).data.order
      return JSON.stringify([
        guest.email,
        guest.items.length,
        guest.shipping_address?.address_1,
        owned.email,
        ofB.items.map((i: any) => [i.id, i.fulfilled]),
      ])
    }
    /** A refusal that shows nothing of the order. */
    const leaksNothing = (res: any) => {
      const text = JSON.stringify(res.data)
      expect(text).not.toMatch(/example\.vn|Trần Phú|0987654321/)
      expect(res.data.message).toMatch(/Không tìm thấy đơn hàng/)
    }

    attack("an outsider opens a guest's order by its id alone", async (probe) => {
      const before = await rightfulView()
      leaksNothing(await probe.refused(read(fixture().guestOrderId), [404]))
      await probe.unchanged(async () => expect(await rightfulView()).toEqual(before))
    })

    attack("another logged-in customer opens a customer's order", async (probe) => {
      const f = fixture()
      const before = await rightfulView()
      leaksNothing(await probe.refused(read(f.ownerOrderId, { authorization: `Bearer ${f.otherCustomerToken}` }), [404]))
      leaksNothing(await probe.refused(read(f.guestOrderId, { authorization: `Bearer ${f.otherCustomerToken}` }), [404]))
      await probe.unchanged(async () => expect(await rightfulView()).toEqual(before))
    })

    attack("a forged, expired or borrowed guest token opens an order", async (probe) => {
      const f = fixture()
      const before = await rightfulView()
      const [expires] = f.guestToken.split(".")
      const forged = `${expires}.${"A".repeat(43)}`
      const expired = signOrderAccessToken(getContainer(), f.guestOrderId, new Date(Date.now() - 8 * 86400000)).token
      const stretched = `${Number(expires) + 86400 * 365}.${f.guestToken.split(".")[1]}`
      for (const token of [forged, expired, stretched, "", "khong-hop-le"]) {
        leaksNothing(await probe.refused(read(f.guestOrderId, { "x-ocop-order-token": token }), [404]))
      }
      // the guest's token opens its own order only
      leaksNothing(await probe.refused(read(f.ownerOrderId, { "x-ocop-order-token": f.guestToken }), [404]))
      await probe.unchanged(async () => expect(await rightfulView()).toEqual(before))
    })

    attack("a producer reads, and ships, another producer's lines of a shared order", async (probe) => {
      const f = fixture()
      const before = await rightfulView()
      const { data } = await api.get(`/producer/orders/${f.guestOrderId}`, bearer(f.a.token))
      expect(data.order.items.map((i: any) => i.variant_id)).toEqual([f.a.variantId])
      const text = JSON.stringify(data)
      for (const id of [f.b.productId, f.b.variantId, f.lineOfB, f.b.producer.id]) expect(text).not.toContain(id)
      const { data: list } = await api.get("/producer/orders", bearer(f.a.token))
      expect(JSON.stringify(list)).not.toContain(f.lineOfB)
      const res = await probe.refused(
        api.post(
          `/producer/orders/${f.guestOrderId}/fulfillments`,
          { line_item_ids: [f.lineOfB], tracking_number: "GHN-GIA-MAO" },
          bearer(f.a.token)
        ),
        [404]
      )
      expect(res.data.message).toMatch(/^Không tìm thấy/)
      await probe.unchanged(async () => expect(await rightfulView()).toEqual(before))
    })
  },
})
