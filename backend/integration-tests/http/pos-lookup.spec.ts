import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import { createOfficeUser } from "../helpers/admin"
import { demoProduct, seedDemoCatalogue } from "../helpers/demo-catalogue"
import { failed } from "../helpers/http"
import { openSalesPoint, putStock, setBarcode, staffOf, stockOf } from "../helpers/retail"

// Own Redis database: test files of other capabilities may run at the same time on the same Redis, and
// their workers would otherwise take this app's events (subscribers) and workflow jobs.
process.env.REDIS_URL = "redis://127.0.0.1:6379/11"

jest.setTimeout(180 * 1000)

const VALID = "HT05" // Nước mắm Luận Nghiệp, 5★ valid
const REVOKED = "HT41" // Nước mắm Kỳ Phú, revoked

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let staffA: Record<string, string>
    let pointA: any
    let pointB: any
    let valid: any
    let revoked: any
    let producerId: string
    let producerStore: string

    beforeAll(async () => {
      await seedDemoCatalogue(getContainer())
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
      pointA = await openSalesPoint(api, adminHeaders, "Điểm bán OCOP Thành Sen")
      pointB = await openSalesPoint(api, adminHeaders, "Điểm bán OCOP Đông Hà", "44")
      staffA = await staffOf(api, adminHeaders, pointA.id, "a@pos.test")
      valid = await demoProduct(getContainer(), VALID)
      revoked = await demoProduct(getContainer(), REVOKED)
      await setBarcode(api, adminHeaders, valid.id, valid.variants[0].id, "2930000000017")
      await putStock(getContainer(), valid.variants[0].id, pointA.stock_location.id, 7)
      await putStock(getContainer(), valid.variants[0].id, pointB.stock_location.id, 3)
      await putStock(getContainer(), revoked.variants[0].id, pointA.stock_location.id, 4)
      // the producer's own store (link producer ↔ stock location) holds 40
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["producer.id"], filters: { id: valid.id } })
      producerId = (data[0] as any).producer.id
      const location = await getContainer().resolve(Modules.STOCK_LOCATION).createStockLocations({ name: "Kho của cơ sở Luận Nghiệp" })
      producerStore = location.id
      await getContainer()
        .resolve(ContainerRegistrationKeys.LINK)
        .create({
          [PRODUCER_MODULE]: { producer_id: producerId },
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        })
      await putStock(getContainer(), valid.variants[0].id, location.id, 40)
    })

    const get = (path: string, headers = staffA) => api.get(path, { headers })

    it("opens a point with its own stock location, sales channel and publishable key", async () => {
      expect(pointA.stock_location.id).toBeTruthy()
      expect(pointA.sales_channel.id).toBeTruthy()
      expect(pointA.publishable_key).toMatch(/^pk_/)
    })

    it("signs staff in as actor sales_point and lists only their points", async () => {
      const { data } = await get("/pos/me")
      expect(data.staff.email).toBe("a@pos.test")
      expect(data.points).toEqual([
        expect.objectContaining({
          id: pointA.id,
          kind: "sales_point",
          open: true,
          stock_location_id: pointA.stock_location.id,
          sales_channel_id: pointA.sales_channel.id,
        }),
      ])
    })

    it("refuses a wrong password and requests without a token", async () => {
      expect((await failed(api.post("/auth/sales_point/emailpass", { email: "a@pos.test", password: "sai-mat-khau" }))).status).toBe(401)
      expect((await failed(api.get("/pos/me"))).status).toBe(401)
    })

    it("looks a product up by GTIN with stock here, at other points and at the producer", async () => {
      const { data } = await get(`/pos/points/${pointA.id}/lookup?code=2930000000017`)
      expect(data.results).toHaveLength(1)
      const [r] = data.results
      expect(r.product.id).toBe(valid.id)
      expect(r.ocop).toEqual(expect.objectContaining({ stars: 5, listable: true, verification_code: "VN-HT05" }))
      expect(r.sellable).toBe(true)
      expect(Number.isInteger(r.price)).toBe(true)
      expect(r.stock_here).toBe(7)
      expect(r.stock_elsewhere).toEqual([expect.objectContaining({ point_id: pointB.id, quantity: 3 })])
      expect(r.stock_at_producer).toBe(40)
    })

    it("receives a confirmed consignment from the producer's own store: the producer's stock drops, the point's rises", async () => {
      // a plain receive can no longer take a producer's goods: the point asks, the office approves in the producer's place
      const plain = await failed(
        api.post(
          `/pos/points/${pointA.id}/stock-movements`,
          { kind: "receive", producer_id: producerId, items: [{ variant_id: valid.variants[0].id, quantity: 5 }] },
          { headers: staffA }
        )
      )
      expect(plain.status).toBe(400)
      expect(await stockOf(getContainer(), valid.variants[0].id, producerStore)).toBe(40)
      const ask = (quantity: number) =>
        api.post(
          `/pos/points/${pointA.id}/consignments`,
          { producer_id: producerId, items: [{ variant_id: valid.variants[0].id, quantity }] },
          { headers: staffA }
        )
      const { data: asked } = await ask(5)
      expect(asked.consignment).toEqual(expect.objectContaining({ status: "requested", allowed_transitions: ["confirmed", "refused"] }))
      await api.post(`/admin/ocop/consignments/${asked.consignment.id}/approve`, {}, { headers: adminHeaders })
      const { data: received } = await api.post(
        `/pos/points/${pointA.id}/consignments/${asked.consignment.id}/receive`,
        {},
        { headers: staffA }
      )
      expect(received.consignment.status).toBe("received")
      expect(received.movements).toEqual([
        expect.objectContaining({ kind: "receive", quantity: 5, from_location_id: producerStore, producer_id: producerId }),
      ])
      expect(await stockOf(getContainer(), valid.variants[0].id, producerStore)).toBe(35)
      expect(await stockOf(getContainer(), valid.variants[0].id, pointA.stock_location.id)).toBe(12)

      // more than the producer's store holds: the receipt is undone and the consignment stays confirmed
      const { data: big } = await ask(500)
      await api.post(`/admin/ocop/consignments/${big.consignment.id}/approve`, {}, { headers: adminHeaders })
      const tooMuch = await failed(api.post(`/pos/points/${pointA.id}/consignments/${big.consignment.id}/receive`, {}, { headers: staffA }))
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toMatch(/Không đủ hàng/)
      expect(await stockOf(getContainer(), valid.variants[0].id, producerStore)).toBe(35)
      const { data: list } = await api.get(`/pos/points/${pointA.id}/consignments`, { headers: staffA })
      expect(list.consignments.find((c: any) => c.id === big.consignment.id).status).toBe("confirmed")
    })

    it("looks up by SKU, by the certificate QR URL and by accent-free text", async () => {
      const bySku = await get(`/pos/points/${pointA.id}/lookup?code=OCOP-HT05`)
      expect(bySku.data.results[0].product.id).toBe(valid.id)
      const url = encodeURIComponent("http://localhost:8000/vi/verify/VN-HT05")
      const byQr = await get(`/pos/points/${pointA.id}/lookup?code=${url}`)
      expect(byQr.data.results[0].product.id).toBe(valid.id)
      const byText = await get(`/pos/points/${pointA.id}/lookup?q=${encodeURIComponent("nuoc mam luan")}`)
      expect(byText.data.results.map((r: any) => r.product.id)).toContain(valid.id)
    })

    it("shows a revoked product as not for sale, with the reason", async () => {
      const { data } = await get(`/pos/points/${pointA.id}/lookup?code=OCOP-HT41`)
      const [r] = data.results
      expect(r.sellable).toBe(false)
      expect(r.ocop.listable).toBe(false)
      expect(r.reason_vi).toMatch(/không được bán.*thu hồi/)
      expect(r.stock_here).toBe(4)
    })

    it("answers 404 for a point the staff does not work at, and 400 without code or q", async () => {
      expect((await failed(get(`/pos/points/${pointB.id}/lookup?code=OCOP-HT05`))).status).toBe(404)
      expect((await failed(get(`/pos/points/spt_unknown/lookup?code=OCOP-HT05`))).status).toBe(404)
      expect((await failed(get(`/pos/points/${pointA.id}/lookup`))).status).toBe(400)
    })
  },
})
