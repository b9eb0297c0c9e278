import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDays, vietnamDate } from "@ocop/domain"
import { attack, defineAttackArea } from "../helpers/attacks"
import { demoProduct, seedDemoCatalogue } from "../helpers/demo-catalogue"
import { OCOP_MODULE } from "../../src/modules/ocop"

/** The product whose certificate this area lets lapse behind a stalled clock: one no other area sells. */
const STALLED_DEMO_PRODUCT = "HT38"

/**
 * An outsider with the storefront's publishable key reads Medusa's stock product routes the way a
 * scraper or a hostile client would: the whole catalogue in one page, draft products by asking
 * for them, and a product whose certificate ended while the certificate clock was stalled.
 */
type Fixture = {
  store: Record<string, string>
  stalled: { id: string; handle: string; title: string }
}

/** Products, their statuses and certificates as stored: reads must leave all of it as it was. */
async function catalogueState(getContainer: () => any) {
  const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT (SELECT count(*) FROM product) AS products,
            (SELECT count(*) FROM product WHERE status = 'published') AS published,
            (SELECT string_agg(id || ':' || status || ':' || valid_until, ',' ORDER BY id) FROM certificate) AS certificates`
  )
  return rows[0]
}

export default defineAttackArea<Fixture>({
  name: "catalogue",
  async setup({ getContainer }) {
    const { storeHeaders } = await seedDemoCatalogue(getContainer())
    const product = await demoProduct(getContainer(), STALLED_DEMO_PRODUCT)
    // the certificate's last day was yesterday and the clock job has not run: the product is still "published"
    await getContainer()
      .resolve(OCOP_MODULE)
      .updateCertificates({ id: product.certificates[0].id, valid_until: addDays(vietnamDate(new Date()), -1) })
    return { store: storeHeaders, stalled: { id: product.id, handle: product.handle, title: product.title } }
  },
  register({ api, getContainer }, fixture) {
    const store = (path: string) => api.get(path, { headers: fixture().store })

    attack("an outsider asks Medusa's product list for 100,000 products in one page", async (probe) => {
      const before = await catalogueState(getContainer)
      const res = await probe.refused(store("/store/products?limit=100000"), [400])
      expect(res.data.code).toBe("ocop.store.limit_too_large")
      expect(res.data.message).toContain("Mỗi trang lấy tối đa 100 sản phẩm")
      await probe.unchanged(async () => expect(await catalogueState(getContainer)).toEqual(before))
    })

    attack("an outsider asks Medusa's product list for draft products (status=draft)", async (probe) => {
      const before = await catalogueState(getContainer)
      await probe.refused(store("/store/products?status=draft&limit=10"), [400])
      await probe.refused(store("/store/products?status[]=draft&status[]=published&fields=id,status"), [400])
      await probe.unchanged(async () => {
        const { data } = await store("/store/products?limit=100&fields=id,status")
        expect(data.products.every((p: any) => p.status === undefined || p.status === "published")).toBe(true)
        expect(await catalogueState(getContainer)).toEqual(before)
      })
    })

    attack("an outsider reads a product whose certificate expired while the certificate clock was stalled", async (probe) => {
      const { stalled } = fixture()
      const before = await catalogueState(getContainer)
      await probe.refused(store(`/store/products/${stalled.id}`), [404])
      await probe.refused(store(`/store/ocop/products/${stalled.handle}`), [404])
      await probe.unchanged(async () => {
        for (const params of [
          `handle=${stalled.handle}`,
          `id[]=${stalled.id}`,
          `q=${encodeURIComponent(stalled.title)}`,
          "limit=100&fields=id",
        ]) {
          const { data } = await store(`/store/products?${params}`)
          expect([params, data.products.map((p: any) => p.id)]).toEqual([params, expect.not.arrayContaining([stalled.id])])
        }
        // still published: the store refused it by the rule at read time, not because something was changed
        expect(await catalogueState(getContainer)).toEqual(before)
        expect((await demoProduct(getContainer(), STALLED_DEMO_PRODUCT)).status).toBe("published")
      })
    })
  },
})
