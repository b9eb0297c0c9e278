import { createOfficeUser } from "../helpers/admin"
import { attack, defineAttackArea } from "../helpers/attacks"
import { confirmedConsignment, producerWithStock, requestConsignment } from "../helpers/consignments"
import { seedDemoCatalogue } from "../helpers/demo-catalogue"
import { bearer } from "../helpers/producer"
import { openSalesPoint, staffOf, stockOf } from "../helpers/retail"

/**
 * Counter clerks: stock leaves a producer's own store only through a consignment the producer
 * confirmed (or the office approved), exactly the confirmed lines, once, into the point that asked.
 */
type Fixture = {
  office: Record<string, string>
  pointA: any
  pointB: any
  staffA: Record<string, string>
  staffB: Record<string, string>
  p: Awaited<ReturnType<typeof producerWithStock>>
  q: Awaited<ReturnType<typeof producerWithStock>>
  confirmedA: string
  requestedA: string
  confirmedB: string
}

export default defineAttackArea<Fixture>({
  name: "counters",
  async setup({ api, getContainer }) {
    await seedDemoCatalogue(getContainer())
    const { headers: office } = await createOfficeUser(getContainer(), "counters-office@ocop.test")
    const pointA = await openSalesPoint(api, office, "Điểm bán Quầy A")
    const pointB = await openSalesPoint(api, office, "Điểm bán Quầy B", "44")
    const staffA = await staffOf(api, office, pointA.id, "quay-a@pos.test")
    const staffB = await staffOf(api, office, pointB.id, "quay-b@pos.test")
    const p = await producerWithStock(api, office, "p-counters@ocop.test", "HTX Nước mắm P", "CNT-P-500")
    const q = await producerWithStock(api, office, "q-counters@ocop.test", "HTX Mật ong Q", "CNT-Q-500")
    const confirmedA = (await confirmedConsignment(api, staffA, pointA.id, p, [{ variant_id: p.variantId, quantity: 3 }])).id
    const requestedA = (await requestConsignment(api, staffA, pointA.id, p.producer.id, [{ variant_id: p.variantId, quantity: 2 }])).id
    const confirmedB = (await confirmedConsignment(api, staffB, pointB.id, p, [{ variant_id: p.variantId, quantity: 4 }])).id
    return { office, pointA, pointB, staffA, staffB, p, q, confirmedA, requestedA, confirmedB }
  },
  register({ api, getContainer }, fixture) {
    /** Stock at the producers' stores and both points, the journals and every consignment's state. */
    const state = async () => {
      const f = fixture()
      const c = getContainer()
      const journal = async (point: any, staff: Record<string, string>) =>
        (await api.get(`/pos/points/${point.id}/stock-movements`, { headers: staff })).data.count
      const consignments = async (point: any, staff: Record<string, string>) =>
        (await api.get(`/pos/points/${point.id}/consignments`, { headers: staff })).data.consignments.map((x: any) => `${x.id}:${x.status}`)
      return {
        p: await stockOf(c, f.p.variantId, f.p.locationId),
        q: await stockOf(c, f.q.variantId, f.q.locationId),
        aP: await stockOf(c, f.p.variantId, f.pointA.stock_location.id),
        aQ: await stockOf(c, f.q.variantId, f.pointA.stock_location.id),
        bP: await stockOf(c, f.p.variantId, f.pointB.stock_location.id),
        journalA: await journal(f.pointA, f.staffA),
        journalB: await journal(f.pointB, f.staffB),
        consignmentsA: await consignments(f.pointA, f.staffA),
        consignmentsB: await consignments(f.pointB, f.staffB),
      }
    }
    const expectedSetup = (f: Fixture) => ({ p: 20, q: 20, aP: 0, aQ: 0, bP: 0, journalA: 0, journalB: 0 })

    attack("a clerk receives a producer's goods without any consignment", async (probe) => {
      const f = fixture()
      const before = await state()
      expect(before).toEqual(expect.objectContaining(expectedSetup(f)))
      const res = await probe.refused(
        api.post(
          `/pos/points/${f.pointA.id}/stock-movements`,
          { kind: "receive", items: [{ variant_id: f.p.variantId, quantity: 5 }] },
          { headers: f.staffA }
        )
      )
      expect(res.data.code).toBe("pos.consignment_required")
      expect(res.data.message).toMatch(/phiếu ký gửi đã được chủ thể xác nhận/)
      await probe.unchanged(async () => expect(await state()).toEqual(before))
    })

    attack("a clerk names the producer to take stock out of its own store (the old receive)", async (probe) => {
      const f = fixture()
      const before = await state()
      const res = await probe.refused(
        api.post(
          `/pos/points/${f.pointA.id}/stock-movements`,
          { kind: "receive", producer_id: f.p.producer.id, items: [{ variant_id: f.p.variantId, quantity: 5 }] },
          { headers: f.staffA }
        )
      )
      expect(res.data.code).toBe("pos.consignment_required")
      await probe.unchanged(async () => expect(await state()).toEqual(before))
    })

    attack("a clerk receives a consignment the producer has not confirmed", async (probe) => {
      const f = fixture()
      const before = await state()
      const res = await probe.refused(
        api.post(`/pos/points/${f.pointA.id}/consignments/${f.requestedA}/receive`, {}, { headers: f.staffA })
      )
      expect(res.data.code).toBe("pos.consignment_state")
      expect(res.data.message).toMatch(/Chờ chủ thể xác nhận/)
      await probe.unchanged(async () => expect(await state()).toEqual(before))
    })

    attack("a clerk receives more than the producer confirmed", async (probe) => {
      const f = fixture()
      const before = await state()
      const res = await probe.refused(
        api.post(
          `/pos/points/${f.pointA.id}/consignments/${f.confirmedA}/receive`,
          { items: [{ variant_id: f.p.variantId, quantity: 15 }] },
          { headers: f.staffA }
        )
      )
      expect(res.data.message).toMatch(/đúng số lượng chủ thể đã xác nhận/)
      await probe.unchanged(async () => expect(await state()).toEqual(before))
    })

    attack("a clerk receives the same confirmed consignment twice", async (probe) => {
      const f = fixture()
      const first = await api.post(`/pos/points/${f.pointA.id}/consignments/${f.confirmedA}/receive`, {}, { headers: f.staffA })
      expect(first.data.consignment.status).toBe("received")
      const afterFirst = await state()
      expect(afterFirst).toEqual(expect.objectContaining({ p: 17, aP: 3, journalA: 1 }))
      const res = await probe.refused(
        api.post(`/pos/points/${f.pointA.id}/consignments/${f.confirmedA}/receive`, {}, { headers: f.staffA })
      )
      expect(res.data.code).toBe("pos.consignment_state")
      await probe.unchanged(async () => expect(await state()).toEqual(afterFirst))
    })

    attack("a clerk receives another point's confirmed consignment", async (probe) => {
      const f = fixture()
      const before = await state()
      const here = await probe.refused(
        api.post(`/pos/points/${f.pointA.id}/consignments/${f.confirmedB}/receive`, {}, { headers: f.staffA }),
        [404]
      )
      expect(here.data.message).toMatch(/Không tìm thấy phiếu ký gửi/)
      await probe.refused(api.post(`/pos/points/${f.pointB.id}/consignments/${f.confirmedB}/receive`, {}, { headers: f.staffA }), [404])
      await probe.unchanged(async () => expect(await state()).toEqual(before))
    })

    attack("a clerk asks a producer for another producer's product", async (probe) => {
      const f = fixture()
      const before = await state()
      const res = await probe.refused(
        api.post(
          `/pos/points/${f.pointA.id}/consignments`,
          { producer_id: f.p.producer.id, items: [{ variant_id: f.q.variantId, quantity: 1 }] },
          { headers: f.staffA }
        )
      )
      expect(res.data.code).toBe("pos.not_producer_product")
      await probe.refused(
        api.post(
          `/pos/points/${f.pointA.id}/consignments`,
          { producer_id: "pdcr_khong_ton_tai", items: [{ variant_id: f.q.variantId, quantity: 1 }] },
          { headers: f.staffA }
        ),
        [404]
      )
      await probe.unchanged(async () => expect(await state()).toEqual(before))
    })

    attack("another producer confirms a consignment asked of someone else", async (probe) => {
      const f = fixture()
      const before = await state()
      const res = await probe.refused(api.post(`/producer/consignments/${f.requestedA}/confirm`, {}, bearer(f.q.token)), [404])
      expect(res.data.message).toMatch(/^Không tìm thấy/)
      await probe.unchanged(async () => expect(await state()).toEqual(before))
    })

    attack("a producer refuses a consignment it already confirmed, to strand the point", async (probe) => {
      const f = fixture()
      const before = await state()
      const res = await probe.refused(api.post(`/producer/consignments/${f.confirmedA}/refuse`, { reason: "đổi ý" }, bearer(f.p.token)))
      expect(res.data.code).toBe("pos.consignment_state")
      await probe.unchanged(async () => expect(await state()).toEqual(before))
    })
  },
})
