import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
import { OCOP_MODULE } from "../../src/modules/ocop"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import { createOfficeUser } from "../helpers/admin"
import { failed } from "../helpers/http"
import { cartReadyToComplete } from "../helpers/checkout"
import { demoProduct, seedDemoCatalogue } from "../helpers/demo-catalogue"

jest.setTimeout(120 * 1000)

// Demo records whose certificates are dead on any date after 2026-08-10 (see the dataset README).
const EXPIRED = "HT03" // Bánh đa vừng Nguyên Lâm, valid until 2026-08-10
const REVOKED = "HT41" // Nước mắm Kỳ Phú, revoked for misuse of the OCOP mark
const SUSPENDED = "HT13" // Đông trùng hạ thảo Phú Nhân, under inspection
const VALID_5_STARS = "HT05" // Nước mắm Luận Nghiệp, valid until 2028-06-26

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

    const store = (path: string) => api.get(path, { headers: storeHeaders })

    describe("store catalogue", () => {
      it("lists only products whose live certificate is listable, each with certificate and producer", async () => {
        const { data } = await store("/store/ocop/products?limit=100")
        expect(data.count).toBeGreaterThan(20)
        expect(data.products).toHaveLength(data.count)
        for (const product of data.products) {
          expect(product.certificate).toEqual(expect.objectContaining({ listable: true }))
          expect([3, 4, 5]).toContain(product.certificate.stars)
          expect(product.producer?.name).toBeTruthy()
          expect(Number.isInteger(product.variants[0].calculated_price.calculated_amount)).toBe(true)
        }
        const titles = data.products.map((p: any) => p.title)
        expect(titles).toContain("Nước mắm Luận Nghiệp")
        for (const dead of [EXPIRED, REVOKED, SUSPENDED]) {
          expect(titles).not.toContain((await demoProduct(getContainer(), dead)).title)
        }
      })

      it("paginates in the backend", async () => {
        const { data: page1 } = await store("/store/ocop/products?limit=5&offset=0")
        const { data: page2 } = await store("/store/ocop/products?limit=5&offset=5")
        expect(page1.products).toHaveLength(5)
        expect(page2.offset).toBe(5)
        const ids = new Set([...page1.products, ...page2.products].map((p: any) => p.id))
        expect(ids.size).toBe(10)
      })

      it("does not serve expired, revoked or suspended products by handle or by id, in our routes or Medusa's", async () => {
        for (const dead of [EXPIRED, REVOKED, SUSPENDED]) {
          const product = await demoProduct(getContainer(), dead)
          expect((await failed(store(`/store/ocop/products/${product.handle}`))).status).toBe(404)
          expect((await failed(store(`/store/products/${product.id}`))).status).toBe(404)
          const { data } = await store(`/store/products?handle=${product.handle}`)
          expect(data.products).toHaveLength(0)
        }
        const valid = await demoProduct(getContainer(), VALID_5_STARS)
        const { data } = await store(`/store/ocop/products/${valid.handle}`)
        expect(data.product.certificate).toEqual(expect.objectContaining({ stars: 5, listable: true }))
      })

      it("keeps a product submitted for review (pending) out of the store", async () => {
        const { data: created } = await api.post(
          "/admin/products",
          { title: "Mật ong rừng chờ thẩm định", status: "draft", options: [{ title: "Quy cách", values: ["Chai 500ml"] }] },
          { headers: adminHeaders }
        )
        await api.post(
          "/admin/ocop/certificates",
          {
            product_id: created.product.id,
            decision_number: "123/QĐ-UBND",
            issuer: "UBND tỉnh Hà Tĩnh",
            stars: 3,
            product_set: 8,
            issued_at: "2026-10-01",
            status: "pending_review",
          },
          { headers: adminHeaders }
        )
        const { data } = await store("/store/ocop/products?limit=100")
        expect(data.products.map((p: any) => p.id)).not.toContain(created.product.id)
        expect((await failed(store(`/store/ocop/products/${created.product.handle}`))).status).toBe(404)
      })
    })

    describe("publishing gate", () => {
      it("refuses to publish a product that has no certificate, and stores nothing", async () => {
        const response = await failed(
          api.post(
            "/admin/products",
            { title: "Sản phẩm chưa chứng nhận", status: "published", options: [{ title: "Loại", values: ["1"] }] },
            { headers: adminHeaders }
          )
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("chưa có giấy chứng nhận OCOP")
        const { data } = await api.get("/admin/products?q=chưa chứng nhận", { headers: adminHeaders })
        expect(data.products).toHaveLength(0)
      })

      it("refuses to publish a product whose certificate expired, and leaves it a draft", async () => {
        const product = await demoProduct(getContainer(), EXPIRED)
        const response = await failed(api.post(`/admin/products/${product.id}`, { status: "published" }, { headers: adminHeaders }))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(product.title)
        expect((await demoProduct(getContainer(), EXPIRED)).status).toBe("draft")
      })

      it("publishes a product once the office records a valid certificate", async () => {
        const { data: created } = await api.post(
          "/admin/products",
          { title: "Chè Hương Sơn", status: "draft", options: [{ title: "Quy cách", values: ["Gói 200g"] }] },
          { headers: adminHeaders }
        )
        const { data } = await api.post(
          "/admin/ocop/certificates",
          {
            product_id: created.product.id,
            decision_number: "45/QĐ-UBND",
            issuer: "UBND tỉnh Hà Tĩnh",
            stars: 4,
            score: 78.5,
            product_set: 11,
            issued_at: "2026-09-01",
          },
          { headers: adminHeaders }
        )
        expect(data.certificate).toEqual(expect.objectContaining({ status: "valid", valid_until: "2029-09-01" }))
        const { data: admin } = await api.get(`/admin/products/${created.product.id}`, { headers: adminHeaders })
        expect(admin.product.status).toBe("published")
      })
    })

    describe("bad certificate input", () => {
      const valid = { decision_number: "1/QĐ-UBND", issuer: "UBND tỉnh Quảng Trị", stars: 3, product_set: 1, issued_at: "2026-01-15" }

      it.each([
        ["stars 6", { stars: 6 }, "stars"],
        ["stars 2 (not certifiable)", { stars: 2 }, "3, 4 hoặc 5 sao"],
        ["valid_until before issued_at", { valid_until: "2025-01-15" }, "sau ngày cấp"],
        ["an impossible date", { issued_at: "2026-02-30" }, "không tồn tại"],
        ["stars above the score band", { stars: 5, score: 75 }, "mức điểm"],
        ["product set 27", { product_set: 27 }, "26"],
      ])("answers 400 for %s and stores nothing", async (_name, patch, messagePart) => {
        const product = await demoProduct(getContainer(), VALID_5_STARS)
        const ocop = getContainer().resolve(OCOP_MODULE)
        const before = await ocop.listCertificates({})
        const response = await failed(
          api.post("/admin/ocop/certificates", { ...valid, product_id: product.id, ...patch }, { headers: adminHeaders })
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(messagePart)
        expect(await ocop.listCertificates({})).toHaveLength(before.length)
      })

      it("answers 401 to a caller who is not office staff", async () => {
        const response = await failed(api.post("/admin/ocop/certificates", valid, { headers: storeHeaders }))
        expect(response.status).toBe(401)
      })
    })

    describe("cart gate", () => {
      it("refuses to add a product whose certificate is no longer valid", async () => {
        const headers = { headers: storeHeaders }
        const { data } = await api.post("/store/carts", { region_id: regionId }, headers)
        for (const dead of [EXPIRED, REVOKED]) {
          const product = await demoProduct(getContainer(), dead)
          const response = await failed(
            api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: product.variants[0].id, quantity: 1 }, headers)
          )
          expect(response.status).toBe(400)
          expect(response.data.message).toContain("chứng nhận OCOP")
        }
      })

      it("refuses to add a product with a valid certificate while its producer is suspended", async () => {
        const headers = { headers: storeHeaders }
        const product = await demoProduct(getContainer(), VALID_5_STARS)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [{ producer }],
        }: { data: any[] } = await query.graph({
          entity: "product",
          fields: ["producer.id", "producer.approval_status"],
          filters: { id: product.id },
        })
        // the module write alone (no approval workflow, so the product stays published): only the cart gate answers
        const producers = getContainer().resolve(PRODUCER_MODULE)
        await producers.updateProducers({ id: producer.id, approval_status: "suspended" })
        try {
          const { data } = await api.post("/store/carts", { region_id: regionId }, headers)
          const response = await failed(
            api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: product.variants[0].id, quantity: 1 }, headers)
          )
          expect(response.status).toBe(400)
          expect(response.data.code).toBe("ocop.product.not_sellable")
        } finally {
          await producers.updateProducers({ id: producer.id, approval_status: producer.approval_status })
        }
      })

      it("sells a product with a valid certificate through to an order", async () => {
        const product = await demoProduct(getContainer(), VALID_5_STARS)
        const cartId = await cartReadyToComplete(api, storeHeaders, regionId, product.variants[0].id)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: storeHeaders })
        expect(data.type).toBe("order")
        expect(data.order.items[0].product_id).toBe(product.id)
      })

      it("stops offering and refuses checkout when the certificate expired after the item was added (before the clock job ran)", async () => {
        const product = await demoProduct(getContainer(), VALID_5_STARS)
        const cartId = await cartReadyToComplete(api, storeHeaders, regionId, product.variants[0].id)
        // Time passes: the certificate's last day is now yesterday, and the clock job has not run yet.
        const ocop = getContainer().resolve(OCOP_MODULE)
        const yesterday = new Date(Date.now() + 7 * 3600e3 - 24 * 3600e3).toISOString().slice(0, 10)
        await ocop.updateCertificates({ id: product.certificates[0].id, valid_until: yesterday })

        expect((await failed(store(`/store/ocop/products/${product.handle}`))).status).toBe(404)
        const { data: listed } = await store("/store/ocop/products?limit=100")
        expect(listed.products.map((p: any) => p.id)).not.toContain(product.id)

        const response = await failed(api.post(`/store/carts/${cartId}/complete`, {}, { headers: storeHeaders }))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("Nước mắm Luận Nghiệp")
        expect(response.data.message).toContain("Hết hiệu lực")
        const { data: orders } = await api.get("/admin/orders", { headers: adminHeaders })
        expect(orders.orders).toHaveLength(0)
      })
    })

    describe("revocation while shopping", () => {
      it("refuses checkout of a cart holding a product revoked meanwhile, and flags the already placed order", async () => {
        const product = await demoProduct(getContainer(), VALID_5_STARS)
        const paidCart = await cartReadyToComplete(api, storeHeaders, regionId, product.variants[0].id)
        const { data: placed } = await api.post(`/store/carts/${paidCart}/complete`, {}, { headers: storeHeaders })
        const waitingCart = await cartReadyToComplete(api, storeHeaders, regionId, product.variants[0].id)

        await api.post(
          `/admin/ocop/certificates/${product.certificates[0].id}/transitions`,
          { to: "revoked", reason: "Giả mạo hồ sơ", revocation_ground: "forged_dossier" },
          { headers: adminHeaders }
        )

        const refused = await failed(api.post(`/store/carts/${waitingCart}/complete`, {}, { headers: storeHeaders }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("Đã thu hồi")

        let order: any
        for (let attempt = 0; attempt < 20 && !order?.metadata?.ocop_flag; attempt++) {
          await new Promise((r) => setTimeout(r, 250))
          ;({
            data: { order },
          } = await api.get(`/admin/orders/${placed.order.id}?fields=id,status,metadata`, { headers: adminHeaders }))
        }
        expect(order.status).toBe("pending")
        expect(order.metadata.ocop_flag).toEqual(expect.objectContaining({ certificate_status: "revoked", product_ids: [product.id] }))
      })
    })

    describe("public verification", () => {
      it.each([
        [VALID_5_STARS, "valid", true],
        [EXPIRED, "expired", false],
        [REVOKED, "revoked", false],
        [SUSPENDED, "suspended", false],
      ])("reports the live status of %s as %s", async (demoId, status, listable) => {
        const { data } = await store(`/store/ocop/verify/VN-${demoId}`)
        expect(data.certificate).toEqual(expect.objectContaining({ effective_status: status, listable }))
        expect(data.certificate.product.title).toBeTruthy()
        expect(data.certificate.producer.name).toBeTruthy()
      })

      it("names the revocation ground and points a superseded certificate to the current one", async () => {
        const { data: revoked } = await store(`/store/ocop/verify/VN-HT41`)
        expect(revoked.certificate.revocation_ground).toBe("ocop_mark_misuse")
        const { data: old } = await store(`/store/ocop/verify/VN-HT42`)
        expect(old.certificate).toEqual(
          expect.objectContaining({ status: "superseded", superseded_reason: "downgraded", current_certificate_code: "VN-HT42B" })
        )
      })

      it("answers 404 with a message for an unknown code", async () => {
        const response = await failed(store(`/store/ocop/verify/NOT-A-CODE`))
        expect(response.status).toBe(404)
        expect(response.data.message).toContain("không phải là mã")
      })
    })
  },
})
