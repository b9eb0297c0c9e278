import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
import { createOfficeUser } from "../helpers/admin"
import { recordCertificate, today } from "../helpers/certificates"
import { demoProduct, seedDemoCatalogue } from "../helpers/demo-catalogue"
import { failed } from "../helpers/http"

jest.setTimeout(180 * 1000)

// Set before the runner loads medusa-config.ts: the Caching Module on, in this process's memory (a
// cache on the shared Redis would outlive this test's database).
process.env.MEDUSA_FF_CACHING = "true"
delete process.env.REDIS_URL
delete process.env.CACHE_REDIS_URL

const VALID_5_STARS = "HT05" // Nước mắm Luận Nghiệp, valid until 2028-06-26

/** Polls `read` until `done` holds or five seconds pass (the storefront's freshness promise). */
async function within5s<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100))
    value = await read()
  }
  return value
}

/**
 * The store's product reads with Medusa's Caching Module on, as production runs them
 * (MEDUSA_FF_CACHING=true; in-process provider here, Redis in production): the answers come from
 * the cache, and every change a shopper must see — a revocation, a downgrade, a new price, a
 * product taken offline — shows at once or within 5 s.
 */
integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Record<string, string>
    let adminHeaders: Record<string, string>
    let regionId: string
    let salesChannelId: string

    beforeAll(async () => {
      ;({ storeHeaders, regionId, salesChannelId } = await seedDemoCatalogue(getContainer()))
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
    })

    const productPage = (handle: string) => api.get(`/store/ocop/products/${handle}?region_id=${regionId}`, { headers: storeHeaders })
    const stockByHandle = (handle: string) =>
      api.get(`/store/products?handle=${handle}&region_id=${regionId}&fields=*variants.calculated_price`, { headers: storeHeaders })

    it("runs with the Caching Module and serves a repeated product read from it", async () => {
      expect(getContainer().hasRegistration(Modules.CACHING)).toBe(true)
      const product = await demoProduct(getContainer(), VALID_5_STARS)
      const first = await productPage(product.handle)
      const again = await productPage(product.handle)
      expect(again.data).toEqual(first.data)
      const cached = await getContainer()
        .resolve(Modules.CACHING)
        .get({ tags: [`Product:${product.id}`] })
      expect(cached).toBeTruthy()
    })

    const catalogue = async () => (await api.get("/store/ocop/products?limit=100", { headers: storeHeaders })).data
    const stockCatalogue = async () => (await api.get("/store/products?limit=100&fields=id", { headers: storeHeaders })).data

    it("a revoked product is gone from the product page, the catalogue and the stock routes at once", async () => {
      const product = await demoProduct(getContainer(), "HT01")
      await productPage(product.handle)
      await stockByHandle(product.handle)
      const before = await catalogue()
      const stockBefore = await stockCatalogue()
      expect(before.products.map((p: any) => p.id)).toContain(product.id)
      expect((await catalogue()).count).toBe(before.count)
      await api.post(
        `/admin/ocop/certificates/${product.certificates[0].id}/transitions`,
        { to: "revoked", reason: "Giả mạo hồ sơ", revocation_ground: "forged_dossier" },
        { headers: adminHeaders }
      )
      expect((await failed(productPage(product.handle))).status).toBe(404)
      expect((await stockByHandle(product.handle)).data.products).toEqual([])
      const after = await catalogue()
      expect(after.count).toBe(before.count - 1)
      expect(after.products.map((p: any) => p.id)).not.toContain(product.id)
      const stockAfter = await stockCatalogue()
      expect(stockAfter.count).toBe(stockBefore.count - 1)
      expect(stockAfter.products.map((p: any) => p.id)).not.toContain(product.id)
    })

    it("a downgrade shows the new stars within 5 s", async () => {
      const product = await demoProduct(getContainer(), "HT08") // 4★, valid
      const before = await productPage(product.handle)
      const old = product.certificates[0]
      expect(before.data.product.certificate.stars).toBe(old.stars)
      await recordCertificate(api, adminHeaders, product.id, {
        stars: 3,
        product_set: old.product_set,
        issued_at: today(),
        supersedes: { certificate_id: old.id, reason: "downgraded" },
      })
      const after = await within5s<any>(
        () => productPage(product.handle),
        (r) => r.data.product.certificate.stars === 3
      )
      expect(after.data.product.certificate.stars).toBe(3)
      expect(after.data.product.rating_history.map((c: any) => c.stars)).toEqual([3, old.stars])
    })

    it("a new price shows on the product page and the stock routes within 5 s", async () => {
      const product = await demoProduct(getContainer(), "HT15")
      const priceOf = (r: any) => r.data.product.variants[0].calculated_price.calculated_amount
      const stockPriceOf = (r: any) => r.data.products[0].variants[0].calculated_price.calculated_amount
      const oldPrice = priceOf(await productPage(product.handle))
      await stockByHandle(product.handle)
      const variant = product.variants[0]
      await api.post(
        `/admin/products/${product.id}/variants/${variant.id}`,
        { prices: [{ amount: oldPrice + 10000, currency_code: "vnd" }] },
        { headers: adminHeaders }
      )
      expect(
        priceOf(
          await within5s<any>(
            () => productPage(product.handle),
            (r) => priceOf(r) !== oldPrice
          )
        )
      ).toBe(oldPrice + 10000)
      expect(
        stockPriceOf(
          await within5s<any>(
            () => stockByHandle(product.handle),
            (r) => stockPriceOf(r) !== oldPrice
          )
        )
      ).toBe(oldPrice + 10000)
    })

    it("a product the office unpublishes is gone at once, from the catalogue too", async () => {
      const product = await demoProduct(getContainer(), "HT04")
      await productPage(product.handle)
      const before = await catalogue()
      await api.post(`/admin/products/${product.id}`, { status: "draft" }, { headers: adminHeaders })
      expect((await failed(productPage(product.handle))).status).toBe(404)
      expect((await stockByHandle(product.handle)).data.products).toEqual([])
      const after = await catalogue()
      expect(after.count).toBe(before.count - 1)
      expect(after.products.map((p: any) => p.id)).not.toContain(product.id)
    })

    it("a product taken out of the online sales channel leaves the catalogues at once", async () => {
      const product = await demoProduct(getContainer(), "HT11")
      const before = await catalogue()
      const stockBefore = await stockCatalogue()
      expect(before.products.map((p: any) => p.id)).toContain(product.id)
      await api.post(`/admin/sales-channels/${salesChannelId}/products`, { remove: [product.id] }, { headers: adminHeaders })
      const after = await catalogue()
      expect(after.count).toBe(before.count - 1)
      expect(after.products.map((p: any) => p.id)).not.toContain(product.id)
      expect((await stockCatalogue()).count).toBe(stockBefore.count - 1)
      expect((await failed(productPage(product.handle))).status).toBe(404)
    })
  },
})
