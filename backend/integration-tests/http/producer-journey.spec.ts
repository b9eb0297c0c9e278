import { integrationTestRunner } from "../helpers/runner"
import { addDays, vietnamDate } from "@ocop/domain"
import { createOfficeUser } from "../helpers/admin"
import { demoProduct, seedDemoCatalogue } from "../helpers/demo-catalogue"
import { failed } from "../helpers/http"
import { bearer, loginProducer, onboardProducer } from "../helpers/producer"
import { seedProducerAccounts } from "../../src/scripts/seed/producer-accounts"

jest.setTimeout(240 * 1000)

const VALID_5_STARS = "HT05" // Nước mắm Luận Nghiệp (another producer's product in the same cart)

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Record<string, string>
    let regionId: string
    let adminHeaders: Record<string, string>

    beforeAll(async () => {
      ;({ storeHeaders, regionId } = await seedDemoCatalogue(getContainer()))
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
    })

    /** A shopper's cart with one unit of `mine` and two of `theirs`, ready to complete (cash on delivery). */
    async function twoLineCart(mine: string, theirs: string) {
      const headers = { headers: storeHeaders }
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          items: [
            { variant_id: mine, quantity: 1 },
            { variant_id: theirs, quantity: 2 },
          ],
        },
        headers
      )
      const cartId = data.cart.id
      await api.post(
        `/store/carts/${cartId}`,
        {
          email: "nguoi-mua@example.vn",
          shipping_address: {
            first_name: "Lan",
            last_name: "Nguyễn",
            address_1: "12 Phan Đình Phùng",
            city: "Hà Tĩnh",
            country_code: "vn",
            phone: "0912345678",
          },
        },
        headers
      )
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
      const delivery = options.shipping_options.find((o: any) => /tiêu chuẩn/i.test(o.name)) ?? options.shipping_options[0]
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: delivery.id }, headers)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_cod_ocop" },
        headers
      )
      return cartId as string
    }

    it("onboarding → office approval → product → certificate → office verification → listed; the producer sees and ships only its own line", async () => {
      const a = await onboardProducer(api, "htx-ky-anh@ocop.test", "HTX Mật ong Kỳ Anh")
      const auth = bearer(a.token)

      const { data: created } = await api.post(
        "/producer/products",
        {
          title: "Mật ong rừng Kỳ Anh",
          description: "Mật ong rừng nguyên chất.",
          product_set_code: 8,
          variants: [
            { title: "Chai 500 ml", sku: "KYANH-MO-500", barcode: "2000000000008", price: 250000, pack_size: "500 ml", stock: 12 },
            { title: "Chai 1 lít", sku: "KYANH-MO-1000", price: 450000, stock: 3 },
          ],
        },
        auth
      )
      const product = created.product
      expect(product).toEqual(expect.objectContaining({ status: "draft", listable: false, product_set_code: 8 }))
      expect(product.variants.map((v: any) => v.price)).toEqual([250000, 450000])

      const { data: inventory } = await api.get("/producer/inventory", auth)
      expect(inventory.inventory.map((r: any) => [r.sku, r.stocked_quantity])).toEqual(
        expect.arrayContaining([
          ["KYANH-MO-500", 12],
          ["KYANH-MO-1000", 3],
        ])
      )

      // the office approves the producer: still not listed (no certificate yet)
      await api.post(`/admin/ocop/producers/${a.producer.id}/approval`, { decision: "approve" }, { headers: adminHeaders })

      const decisionDate = addDays(vietnamDate(new Date()), -30)
      const { data: submitted } = await api.post(
        "/producer/certificates",
        {
          product_id: product.id,
          decision_number: "1234/QĐ-UBND",
          decision_date: decisionDate,
          issuer: "UBND tỉnh Hà Tĩnh",
          stars: 4,
          score: 78,
          scan_url: "https://ocop.example/quyet-dinh-1234.pdf",
        },
        auth
      )
      expect(submitted.certificate).toEqual(expect.objectContaining({ status: "pending_review", stars: 4, listable: false }))
      const { data: storeBefore } = await api.get("/store/ocop/products?limit=100", { headers: storeHeaders })
      expect(storeBefore.products.map((p: any) => p.id)).not.toContain(product.id)

      // the office verifies the submission: the product is listed with its stars
      await api.post(`/admin/ocop/certificates/${submitted.certificate.id}/transitions`, { to: "valid" }, { headers: adminHeaders })
      const { data: storeAfter } = await api.get("/store/ocop/products?limit=100", { headers: storeHeaders })
      const listed = storeAfter.products.find((p: any) => p.id === product.id)
      expect(listed?.certificate).toEqual(expect.objectContaining({ stars: 4, listable: true }))
      expect((await api.get(`/producer/products/${product.id}`, auth)).data.product).toEqual(
        expect.objectContaining({ status: "published", listable: true })
      )

      // while listed the producer adds a pack size: priced in VND, stocked at its own warehouse, sold in the store
      const { data: withPack } = await api.post(
        `/producer/products/${product.id}/variants`,
        { title: "Hũ 250 ml", sku: "KYANH-MO-250", price: 140000, pack_size: "250 ml", stock: 7 },
        auth
      )
      expect(withPack.product.variants.map((v: any) => [v.sku, v.title, v.price])).toEqual(
        expect.arrayContaining([["KYANH-MO-250", "Hũ 250 ml", 140000]])
      )
      const { data: packStock } = await api.get("/producer/inventory", auth)
      expect(packStock.inventory.find((r: any) => r.sku === "KYANH-MO-250")?.stocked_quantity).toBe(7)
      const { data: packInStore } = await api.get(`/store/ocop/products/${product.handle}`, { headers: storeHeaders })
      expect(packInStore.product.variants.map((v: any) => v.title)).toEqual(
        expect.arrayContaining(["Chai 500 ml", "Chai 1 lít", "Hũ 250 ml"])
      )
      const packVariant = withPack.product.variants.find((v: any) => v.sku === "KYANH-MO-250")
      const { data: packCart } = await api.post(
        "/store/carts",
        { region_id: regionId, items: [{ variant_id: packVariant.id, quantity: 2 }] },
        { headers: storeHeaders }
      )
      expect(packCart.cart.items[0]).toEqual(expect.objectContaining({ variant_id: packVariant.id, unit_price: 140000 }))

      // the certified identity stays: renaming is refused with a pointer to re-evaluation, the story may change
      const renamed = await failed(api.post(`/producer/products/${product.id}`, { title: "Mật ong hoa nhãn" }, auth))
      expect(renamed.status).toBe(400)
      expect(renamed.data.code).toBe("ocop.product.certified_identity_locked")
      expect(renamed.data.message).toContain("đánh giá lại")
      const { data: retold } = await api.post(
        `/producer/products/${product.id}`,
        { title: "Mật ong rừng Kỳ Anh", product_set_code: 8, description: "Mật ong rừng nguyên chất, thu hoạch mùa xuân." },
        auth
      )
      expect(retold.product).toEqual(
        expect.objectContaining({
          title: "Mật ong rừng Kỳ Anh",
          description: "Mật ong rừng nguyên chất, thu hoạch mùa xuân.",
          status: "published",
        })
      )

      // a shopper orders A's honey and another producer's fish sauce in one cart
      const other = await demoProduct(getContainer(), VALID_5_STARS)
      const cartId = await twoLineCart(product.variants[0].id, other.variants[0].id)
      const { data: completed } = await api
        .post(`/store/carts/${cartId}/complete`, {}, { headers: storeHeaders })
        .catch((e: any) => Promise.reject(new Error(JSON.stringify(e.response?.data))))
      expect(completed.type).toBe("order")
      const orderId = completed.order.id

      const { data: orders } = await api.get("/producer/orders", auth)
      expect(orders.count).toBe(1)
      const mine = orders.orders[0]
      expect(mine.id).toBe(orderId)
      expect(mine.items).toHaveLength(1)
      expect(mine.items[0]).toEqual(expect.objectContaining({ product_id: product.id, quantity: 1, unit_price: 250000, total: 250000 }))
      expect(mine.item_total).toBe(250000)
      expect(JSON.stringify(mine)).not.toContain(other.title)

      const { data: dashboard } = await api.get("/producer/dashboard", auth)
      expect(dashboard.new_orders.map((o: any) => o.id)).toEqual([orderId])
      expect(dashboard.certificates[0]).toEqual(
        expect.objectContaining({ stars: 4, status: "valid", product_title: "Mật ong rừng Kỳ Anh" })
      )
      expect(dashboard.low_stock.map((r: any) => r.sku)).toEqual(["KYANH-MO-1000"])

      const { data: shipped } = await api.post(
        `/producer/orders/${orderId}/fulfillments`,
        { tracking_number: "VN123456789", carrier: "VNPost" },
        auth
      )
      expect(shipped.order.fulfillment_status).toBe("fulfilled")
      expect(shipped.order.fulfillments[0]).toEqual(expect.objectContaining({ tracking_number: "VN123456789", carrier: "VNPost" }))
      const again = await failed(api.post(`/producer/orders/${orderId}/fulfillments`, { tracking_number: "VN000" }, auth))
      expect(again.status).toBe(400)
      expect(again.data.message).toContain("đã được giao")

      const { data: sales } = await api.get(`/producer/sales?year=${new Date().getFullYear()}`, auth)
      expect(sales.months).toHaveLength(12)
      expect(sales.months.reduce((s: number, m: any) => s + m.revenue, 0)).toBe(250000)
      expect(sales.months.reduce((s: number, m: any) => s + m.units, 0)).toBe(1)

      // suspension delists at once; approval relists
      await api.post(
        `/admin/ocop/producers/${a.producer.id}/approval`,
        { decision: "suspend", reason: "Thanh tra" },
        { headers: adminHeaders }
      )
      const { data: suspended } = await api.get("/store/ocop/products?limit=100", { headers: storeHeaders })
      expect(suspended.products.map((p: any) => p.id)).not.toContain(product.id)
      const refused = await failed(
        api.post(
          "/store/carts",
          { region_id: regionId, items: [{ variant_id: product.variants[0].id, quantity: 1 }] },
          { headers: storeHeaders }
        )
      )
      expect(refused.status).toBeGreaterThanOrEqual(400)
      // the QR label still verifies (the certificate is in force) but says the product is not on sale here
      const code = submitted.certificate.verification_code
      const { data: verifiedWhileSuspended } = await api.get(`/store/ocop/verify/${code}`, { headers: storeHeaders })
      expect(verifiedWhileSuspended.certificate).toEqual(
        expect.objectContaining({ listable: true, product: expect.objectContaining({ on_sale: false }) })
      )
      // a suspended producer's details are not vouched for
      expect(verifiedWhileSuspended.certificate.producer).toBeNull()
      await api.post(`/admin/ocop/producers/${a.producer.id}/approval`, { decision: "approve" }, { headers: adminHeaders })
      const { data: relisted } = await api.get("/store/ocop/products?limit=100", { headers: storeHeaders })
      expect(relisted.products.map((p: any) => p.id)).toContain(product.id)
      const { data: verified } = await api.get(`/store/ocop/verify/${code}`, { headers: storeHeaders })
      expect(verified.certificate.product.on_sale).toBe(true)
      expect(verified.certificate.producer).toEqual(expect.objectContaining({ name: "HTX Mật ong Kỳ Anh" }))
    })

    it("seeds a demo producer login owning an approved demo producer, and a warehouse for every producer, idempotently", async () => {
      await seedProducerAccounts(getContainer()) // a second run changes nothing
      const token = await loginProducer(api, "producer@ocop.local", "ocop-producer-2026")
      const { data: me } = await api.get("/producer/me", bearer(token))
      expect(me.member.role).toBe("owner")
      expect(me.producer.approval_status).toBe("approved")
      const { data: products } = await api.get("/producer/products", bearer(token))
      expect(products.count).toBeGreaterThanOrEqual(2)
      const { data: locations } = await api.get("/producer/stock-locations", bearer(token))
      expect(locations.stock_locations).toHaveLength(1)
      const { data: inventory } = await api.get("/producer/inventory", bearer(token))
      expect(inventory.inventory.every((r: any) => r.stocked_quantity === 40)).toBe(true)
      const { data: producers } = await getContainer()
        .resolve("query")
        .graph({ entity: "producer", fields: ["id", "stock_locations.id"] })
      expect(producers.every((p: any) => (p.stock_locations ?? []).length === 1)).toBe(true)
    })

    it("keeps a certified product of a producer awaiting approval out of the store", async () => {
      const b = await onboardProducer(api, "htx-cho-duyet@ocop.test", "HTX Chờ duyệt")
      const { data } = await api.post(
        "/producer/products",
        {
          title: "Chè xanh chờ duyệt",
          product_set_code: 5,
          variants: [{ title: "Gói 200 g", sku: "CHO-DUYET-200", price: 80000, stock: 10 }],
        },
        bearer(b.token)
      )
      await api.post(
        "/admin/ocop/certificates",
        {
          product_id: data.product.id,
          decision_number: "9/QĐ-UBND",
          issuer: "UBND tỉnh Hà Tĩnh",
          stars: 3,
          product_set: 5,
          issued_at: vietnamDate(new Date()),
        },
        { headers: adminHeaders }
      )
      const { data: store } = await api.get("/store/ocop/products?limit=100", { headers: storeHeaders })
      expect(store.products.map((p: any) => p.id)).not.toContain(data.product.id)
      expect((await api.get(`/producer/products/${data.product.id}`, bearer(b.token))).data.product.listable).toBe(false)
    })
  },
})
