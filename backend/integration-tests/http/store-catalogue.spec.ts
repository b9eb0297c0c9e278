import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
import { addDays, vietnamDate } from "@ocop/domain"
import { listedProductIds } from "../../src/lib/catalogue/listed-products"
import { listabilityOfProducts } from "../../src/lib/product-listability"
import { OCOP_MODULE } from "../../src/modules/ocop"
import { demoProduct, seedDemoCatalogue } from "../helpers/demo-catalogue"
import { failed } from "../helpers/http"

jest.setTimeout(180 * 1000)

const VALID_5_STARS = "HT05" // Nước mắm Luận Nghiệp, valid until 2028-06-26
const EXPIRED = "HT03" // Bánh đa vừng Nguyên Lâm, valid until 2026-08-10

/**
 * A filter the listed-products path leaves to Medusa's own route (any created_at bound) that
 * matches every product: the same query answered both ways must give the same JSON.
 */
const THROUGH_MEDUSA = "created_at[$gte]=2000-01-01T00:00:00.000Z"

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Record<string, string>
    let regionId: string
    let salesChannelId: string

    beforeAll(async () => {
      ;({ storeHeaders, regionId, salesChannelId } = await seedDemoCatalogue(getContainer()))
    })

    const store = (path: string) => api.get(path, { headers: storeHeaders })
    const bothWays = async (params: string) => {
      const [fast, medusa] = await Promise.all([store(`/store/products?${params}`), store(`/store/products?${params}&${THROUGH_MEDUSA}`)])
      return { fast: fast.data, medusa: medusa.data }
    }

    describe("Medusa's GET /store/products on the listed products", () => {
      it("answers catalogue pages with the same products, prices, stock, count and order as Medusa's own path", async () => {
        const prices = `region_id=${regionId}&fields=*variants.calculated_price,%2Bvariants.inventory_quantity`
        for (const params of [
          `limit=100&order=title&${prices}`,
          `limit=5&offset=10&order=handle`,
          "limit=3&order=-title&fields=id,title,handle",
          `limit=20&offset=20&order=title&${prices}`,
        ]) {
          const { fast, medusa } = await bothWays(params)
          expect(fast.products.length).toBeGreaterThan(0)
          expect([params, fast]).toEqual([params, medusa])
        }
        // the demo is seeded within a few milliseconds: equal created_at values, which Medusa leaves unordered
        const recent = await bothWays(`limit=7&offset=7&order=-created_at&${prices}`)
        expect(recent.fast.count).toBe(recent.medusa.count)
        expect(recent.fast.products.map((p: any) => p.created_at)).toEqual(recent.medusa.products.map((p: any) => p.created_at))
        const { fast, medusa } = await bothWays(`limit=100&${prices}`)
        const byId = (a: any, b: any) => a.id.localeCompare(b.id)
        expect(fast.count).toBe(medusa.count)
        expect([...fast.products].sort(byId)).toEqual([...medusa.products].sort(byId))
        const amounts = fast.products.flatMap((p: any) => p.variants.map((v: any) => v.calculated_price?.calculated_amount))
        expect(amounts.every((a: any) => Number.isInteger(a) && a > 0)).toBe(true)
      })

      it("answers by handle and by id like Medusa's own path, with the stock the product page shows", async () => {
        const valid = await demoProduct(getContainer(), VALID_5_STARS)
        const { data: page } = await store("/store/products?limit=3&order=title&fields=id,handle")
        const stock = "fields=id,handle,variants.id,variants.manage_inventory,variants.allow_backorder,%2Bvariants.inventory_quantity"
        for (const params of [
          `handle=${valid.handle}&limit=1&${stock}`,
          `handle=${valid.handle}&region_id=${regionId}`,
          `id[]=${page.products[0].id}&id[]=${page.products[1].id}&region_id=${regionId}&order=title`,
          `id=${page.products[2].id}&fields=*variants.calculated_price&region_id=${regionId}`,
          `handle=${valid.handle}&handle=${page.products[0].handle}&order=-title&limit=1&offset=1`,
        ]) {
          const { fast, medusa } = await bothWays(params)
          expect(fast.products.length).toBeGreaterThan(0)
          expect([params, fast]).toEqual([params, medusa])
        }
        const { data } = await store(`/store/products?handle=${valid.handle}&${stock}`)
        expect(typeof data.products[0].variants[0].inventory_quantity).toBe("number")
      })

      it("answers a search (q) through Medusa's path with listed products only", async () => {
        const { data } = await store(`/store/products?q=${encodeURIComponent("Nước mắm")}&limit=100&fields=id,title`)
        expect(data.products.length).toBeGreaterThan(1)
        const { data: listed } = await store("/store/products?limit=100&fields=id")
        const listedIds = new Set(listed.products.map((p: any) => p.id))
        expect(data.products.every((p: any) => listedIds.has(p.id))).toBe(true)
        expect(data.count).toBe(data.products.length)
      })

      it("serves the certified catalogue with the same products and prices as Medusa's route", async () => {
        const { data: ours } = await store(`/store/ocop/products?limit=100&region_id=${regionId}`)
        const { data: stock } = await store(
          `/store/products?limit=100&order=title&region_id=${regionId}&fields=id,title,*variants.calculated_price`
        )
        expect(ours.count).toBe(stock.count)
        expect(ours.products.map((p: any) => p.id)).toEqual(stock.products.map((p: any) => p.id))
        const price = (p: any) => p.variants.map((v: any) => [v.id, Number(v.calculated_price.calculated_amount)])
        expect(ours.products.map(price)).toEqual(stock.products.map(price))
        for (const product of ours.products.slice(0, 5)) {
          const { data } = await store(`/store/ocop/products/${product.handle}?region_id=${regionId}`)
          expect(data.product).toEqual(product)
        }
      })

      it("refuses a page of more than 100 products, in Vietnamese", async () => {
        for (const limit of ["101", "100000"]) {
          const response = await failed(store(`/store/products?limit=${limit}`))
          expect([limit, response.status, response.data.code]).toEqual([limit, 400, "ocop.store.limit_too_large"])
          expect(response.data.message).toContain("Mỗi trang lấy tối đa 100 sản phẩm")
        }
        const { data } = await store("/store/products?limit=100&fields=id")
        expect(data.limit).toBe(100)
      })

      it("does not serve a product whose certificate ended yesterday before the clock job ran, whichever way it is asked for", async () => {
        const product = await demoProduct(getContainer(), VALID_5_STARS)
        const { data: before } = await store("/store/products?limit=100&fields=id")
        expect(before.products.map((p: any) => p.id)).toContain(product.id)
        const yesterday = addDays(vietnamDate(new Date()), -1)
        await getContainer().resolve(OCOP_MODULE).updateCertificates({ id: product.certificates[0].id, valid_until: yesterday })
        expect((await demoProduct(getContainer(), VALID_5_STARS)).status).toBe("published")

        const { data: list } = await store("/store/products?limit=100&fields=id")
        expect(list.products.map((p: any) => p.id)).not.toContain(product.id)
        expect(list.count).toBe(before.count - 1)
        for (const params of [
          `handle=${product.handle}`,
          `id[]=${product.id}`,
          `q=${encodeURIComponent(product.title)}`,
          `handle=${product.handle}&${THROUGH_MEDUSA}`,
        ]) {
          const { data } = await store(`/store/products?${params}`)
          expect([params, data.products, data.count]).toEqual([params, [], 0])
        }
        expect((await failed(store(`/store/products/${product.id}`))).status).toBe(404)
        expect((await failed(store(`/store/ocop/products/${product.handle}`))).status).toBe(404)
      })
    })

    it("lists in SQL exactly the products the shared rule (isProductListable) lists, on several days", async () => {
      const container = getContainer()
      const { data: published } = await store("/store/products?limit=100&fields=id")
      const { data: all } = await api.get(`/store/products?limit=100&fields=id&${THROUGH_MEDUSA}`, { headers: storeHeaders })
      expect(all.count).toBe(published.count)
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const { rows } = await knex.raw(
        `SELECT p.id FROM product p JOIN product_sales_channel psc ON psc.product_id = p.id AND psc.deleted_at IS NULL
         WHERE p.status = 'published' AND p.deleted_at IS NULL AND psc.sales_channel_id = ?`,
        [salesChannelId]
      )
      const candidates = rows.map((r: any) => r.id)
      for (const day of ["2026-06-01", "2026-08-10", "2026-08-11", "2027-03-01", "2028-06-26", "2028-06-27", "2030-01-01"]) {
        const now = new Date(`${day}T23:30:00+07:00`)
        const bySql = (await listedProductIds(container, { channelIds: [salesChannelId] }, now)).sort()
        const byRule = (await listabilityOfProducts(container, candidates, now))
          .filter((p) => p.listable)
          .map((p) => p.product_id)
          .sort()
        expect([day, bySql]).toEqual([day, byRule])
      }
      const expired = await demoProduct(container, EXPIRED)
      expect(await listedProductIds(container, { channelIds: [salesChannelId], ids: [expired.id] })).toEqual([])
    })
  },
})
