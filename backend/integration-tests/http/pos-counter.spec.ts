import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
import { runCertificateClock } from "../../src/jobs/advance-certificate-clock"
import { createOfficeUser } from "../helpers/admin"
import { seedDemoCatalogue } from "../helpers/demo-catalogue"
import { failed } from "../helpers/http"
import { eventually, openSalesPoint, staffOf, stockedProduct, stockOf } from "../helpers/retail"

// Own Redis database: test files of other capabilities may run at the same time on the same Redis, and
// their workers would otherwise take this app's events (subscribers) and workflow jobs.
process.env.REDIS_URL = "redis://127.0.0.1:6379/12"

jest.setTimeout(240 * 1000)

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let staff: Record<string, string>
    let point: any
    let other: any
    let honey: Awaited<ReturnType<typeof stockedProduct>>
    let local: Awaited<ReturnType<typeof stockedProduct>>
    let producerId: string

    const post = (path: string, body: any) => api.post(path, body, { headers: staff })
    const get = (path: string) => api.get(path, { headers: staff })
    const receive = (variant_id: string, quantity: number) =>
      post(`/pos/points/${point.id}/stock-movements`, { kind: "receive", items: [{ variant_id, quantity }] })

    beforeAll(async () => {
      await seedDemoCatalogue(getContainer())
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
      point = await openSalesPoint(api, adminHeaders, "Điểm bán OCOP Thành Sen")
      other = await openSalesPoint(api, adminHeaders, "Điểm bán OCOP Hồng Lĩnh")
      staff = await staffOf(api, adminHeaders, point.id, "quay@pos.test")
      honey = await stockedProduct(api, adminHeaders, "Mật ong rừng Vũ Quang", { stars: 4, price: 250000 })
      local = await stockedProduct(api, adminHeaders, "Bánh đa mè xát địa phương", {
        price: 20000,
        metadata: { ocop_local_non_ocop: true },
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "producer", fields: ["id"], pagination: { take: 1 } })
      producerId = data[0].id
      // the database returns to this state before every test (medusaIntegrationTestRunner restores a snapshot)
      await receive(honey.variantId, 10)
      await receive(local.variantId, 5)
    })

    it("receives a consignment into the point and journals it", async () => {
      const { data } = await receive(honey.variantId, 4)
      expect(data.movements).toEqual([expect.objectContaining({ kind: "receive", quantity: 4, to_location_id: point.stock_location.id })])
      expect(await stockOf(getContainer(), honey.variantId, point.stock_location.id)).toBe(14)
      const { data: stock } = await get(`/pos/points/${point.id}/stock`)
      expect(stock.items.map((i: any) => i.variant_id).sort()).toEqual([honey.variantId, local.variantId].sort())
      expect(stock.items.find((i: any) => i.variant_id === local.variantId).ocop).toBeNull()
    })

    it("sells 2 for cash: an order in the point's channel, stock down by 2, change due, a sale movement", async () => {
      const { data } = await post(`/pos/points/${point.id}/sales`, {
        items: [{ variant_id: honey.variantId, quantity: 2 }],
        payment: "cash",
        cash_received: 600000,
      })
      expect(data).toEqual(expect.objectContaining({ total: 500000, change_due: 100000 }))
      expect(await stockOf(getContainer(), honey.variantId, point.stock_location.id)).toBe(8)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "sales_channel_id", "items.quantity", "payment_collections.status", "payment_collections.amount"],
        filters: { id: data.order_id },
      })
      expect(orders[0].sales_channel_id).toBe(point.sales_channel.id)
      // cash is paid at the counter
      expect(orders[0].payment_collections).toEqual([expect.objectContaining({ status: "completed" })])
      const { data: receipt } = await get(`/pos/points/${point.id}/sales/${data.order_id}/receipt`)
      expect(receipt.receipt).toEqual(expect.objectContaining({ total: 500000, payment: "cash", change_due: 100000 }))
      expect(receipt.receipt.lines[0]).toEqual(expect.objectContaining({ quantity: 2, unit_price: 250000, stars: 4 }))
      expect(receipt.receipt.lines[0].verification_code).toBe(honey.certificate.verification_code)
      const { data: journal } = await get(`/pos/points/${point.id}/stock-movements`)
      expect(journal.movements[0]).toEqual(expect.objectContaining({ kind: "sale", quantity: 2, order_id: data.order_id }))
    })

    it("sells a local non-OCOP product at the counter (never badged) and returns a VietQR payload", async () => {
      const { data } = await post(`/pos/points/${point.id}/sales`, {
        items: [{ variant_id: local.variantId, quantity: 1 }],
        payment: "vietqr",
      })
      expect(data.total).toBe(20000)
      expect(data.vietqr.payload).toMatch(/^000201/)
      const { data: receipt } = await get(`/pos/points/${point.id}/sales/${data.order_id}/receipt`)
      expect(receipt.receipt.lines[0]).toEqual(expect.objectContaining({ stars: null, verification_code: null }))
      expect(receipt.receipt.payment_status).toBe("awaiting")
      expect(await stockOf(getContainer(), local.variantId, point.stock_location.id)).toBe(4)
    })

    it("a VietQR sale awaits payment until the staff confirms the transfer arrived; once only, and never for cash", async () => {
      const { data: sale } = await post(`/pos/points/${point.id}/sales`, {
        items: [{ variant_id: honey.variantId, quantity: 1 }],
        payment: "vietqr",
      })
      const collectionStatus = async (orderId: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "order",
          fields: ["payment_collections.status", "payment_collections.captured_amount"],
          filters: { id: orderId },
        })
        return (data[0] as any).payment_collections[0]
      }
      expect((await collectionStatus(sale.order_id)).status).toBe("not_paid")
      const { data } = await post(`/pos/points/${point.id}/sales/${sale.order_id}/payment`, {})
      expect(data.payment_status).toBe("paid")
      expect(await collectionStatus(sale.order_id)).toEqual(expect.objectContaining({ status: "completed" }))
      expect(Number((await collectionStatus(sale.order_id)).captured_amount)).toBe(250000)
      expect((await get(`/pos/points/${point.id}/sales/${sale.order_id}/receipt`)).data.receipt.payment_status).toBe("paid")
      const again = await failed(post(`/pos/points/${point.id}/sales/${sale.order_id}/payment`, {}))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/đã được xác nhận thanh toán/)

      const { data: cash } = await post(`/pos/points/${point.id}/sales`, {
        items: [{ variant_id: honey.variantId, quantity: 1 }],
        payment: "cash",
      })
      const notQr = await failed(post(`/pos/points/${point.id}/sales/${cash.order_id}/payment`, {}))
      expect(notQr.status).toBe(400)
      expect(notQr.data.message).toMatch(/không thanh toán bằng VietQR/)
    })

    it("keeps the local non-OCOP product out of the online catalogue", async () => {
      const { data: product } = await api.get(`/admin/products/${local.product.id}`, { headers: adminHeaders })
      expect(product.product.status).toBe("draft")
      const publish = await failed(api.post(`/admin/products/${local.product.id}`, { status: "published" }, { headers: adminHeaders }))
      expect(publish.status).toBeGreaterThanOrEqual(400)
    })

    it("refuses to sell more than the point holds, and changes nothing", async () => {
      const before = await stockOf(getContainer(), honey.variantId, point.stock_location.id)
      const res = await failed(
        post(`/pos/points/${point.id}/sales`, { items: [{ variant_id: honey.variantId, quantity: 99 }], payment: "cash" })
      )
      expect(res.status).toBe(400)
      expect(await stockOf(getContainer(), honey.variantId, point.stock_location.id)).toBe(before)
      const move = await failed(
        post(`/pos/points/${point.id}/stock-movements`, {
          kind: "transfer",
          to_point_id: other.id,
          items: [{ variant_id: honey.variantId, quantity: 99 }],
        })
      )
      expect(move.status).toBe(400)
      expect(await stockOf(getContainer(), honey.variantId, point.stock_location.id)).toBe(before)
    })

    it("transfers to another point and returns to the producer, both journalled", async () => {
      const { data: destinations } = await get(`/pos/points/${point.id}/destinations`)
      expect(destinations.points.map((p: any) => p.id)).toContain(other.id)
      expect(destinations.points.map((p: any) => p.id)).not.toContain(point.id)
      await post(`/pos/points/${point.id}/stock-movements`, {
        kind: "transfer",
        to_point_id: other.id,
        items: [{ variant_id: honey.variantId, quantity: 3 }],
      })
      expect(await stockOf(getContainer(), honey.variantId, point.stock_location.id)).toBe(7)
      expect(await stockOf(getContainer(), honey.variantId, other.stock_location.id)).toBe(3)
      await post(`/pos/points/${point.id}/stock-movements`, {
        kind: "return",
        producer_id: producerId,
        items: [{ variant_id: local.variantId, quantity: 1 }],
      })
      expect(await stockOf(getContainer(), local.variantId, point.stock_location.id)).toBe(4)
      const { data } = await get(`/pos/points/${point.id}/stock-movements`)
      expect(data.movements.map((m: any) => m.kind)).toEqual(expect.arrayContaining(["receive", "transfer", "return"]))
      expect(
        (
          await failed(
            post(`/pos/points/${point.id}/stock-movements`, {
              kind: "transfer",
              to_point_id: point.id,
              items: [{ variant_id: honey.variantId, quantity: 1 }],
            })
          )
        ).status
      ).toBe(400)
    })

    it("a suspended producer's products are refused at the counter and leave the feed; approval brings them back", async () => {
      await getContainer()
        .resolve(ContainerRegistrationKeys.LINK)
        .create({ producer: { producer_id: producerId }, [Modules.PRODUCT]: { product_id: honey.product.id } })
      await api.post(
        `/admin/ocop/producers/${producerId}/approval`,
        { decision: "suspend", reason: "Thanh tra" },
        { headers: adminHeaders }
      )
      const res = await failed(
        post(`/pos/points/${point.id}/sales`, { items: [{ variant_id: honey.variantId, quantity: 1 }], payment: "cash" })
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/không được bán.*tạm ngừng/)
      expect(await stockOf(getContainer(), honey.variantId, point.stock_location.id)).toBe(10)
      const { data: stock } = await get(`/pos/points/${point.id}/stock`)
      expect(stock.items.find((i: any) => i.variant_id === honey.variantId)).toEqual(
        expect.objectContaining({ sellable: false, reason_vi: expect.stringMatching(/tạm ngừng/) })
      )
      const feed = await api.get("/store/ocop/feed", { headers: { "x-publishable-api-key": point.publishable_key } })
      expect(feed.data.items.map((i: any) => i.variant_id)).toEqual([local.variantId])
      const pulls = await eventually(
        async () => (await get(`/pos/points/${point.id}/tasks?status=open`)).data.tasks.filter((t: any) => t.kind === "pull"),
        (t: any[]) => t.length > 0
      )
      expect(pulls).toEqual([
        expect.objectContaining({ product_id: honey.product.id, reason: expect.stringMatching(/chủ thể OCOP bị tạm ngừng/) }),
      ])

      await api.post(`/admin/ocop/producers/${producerId}/approval`, { decision: "approve" }, { headers: adminHeaders })
      const { data } = await post(`/pos/points/${point.id}/sales`, {
        items: [{ variant_id: honey.variantId, quantity: 1 }],
        payment: "cash",
      })
      expect(data.total).toBe(250000)
    })

    it("expiry: the certificate clock passing the validity end puts the product on the holding point's pull list", async () => {
      const afterValidity = new Date(new Date(honey.certificate.valid_until).getTime() + 2 * 86400000)
      await runCertificateClock(getContainer(), afterValidity)
      const pulls = await eventually(
        async () => (await get(`/pos/points/${point.id}/tasks?status=open`)).data.tasks.filter((t: any) => t.kind === "pull"),
        (t: any[]) => t.length > 0
      )
      expect(pulls).toEqual([
        expect.objectContaining({
          product_id: honey.product.id,
          certificate_id: honey.certificate.id,
          reason: expect.stringMatching(/hết hiệu lực/),
        }),
      ])
      const res = await failed(
        post(`/pos/points/${point.id}/sales`, { items: [{ variant_id: honey.variantId, quantity: 1 }], payment: "cash" })
      )
      expect(res.data.message).toMatch(/không được bán.*hết hiệu lực/)
    })

    it("downgrade: a new certificate with fewer stars gives the holding points a relabel task", async () => {
      const { data } = await api.post(
        "/admin/ocop/certificates",
        {
          product_id: honey.product.id,
          decision_number: "100/QĐ-UBND",
          issuer: "UBND tỉnh Hà Tĩnh",
          stars: 3,
          product_set: 9,
          issued_at: new Date(Date.now() - 86400000).toISOString().slice(0, 10),
          supersedes: { certificate_id: honey.certificate.id, reason: "downgraded" },
        },
        { headers: adminHeaders }
      )
      const tasks = await eventually(
        async () => (await get(`/pos/points/${point.id}/tasks?status=open`)).data.tasks,
        (t: any[]) => t.some((x) => x.kind === "relabel")
      )
      expect(tasks.find((t: any) => t.kind === "relabel")).toEqual(
        expect.objectContaining({ product_id: honey.product.id, certificate_id: data.certificate.id, status: "open" })
      )
    })

    it("revocation: refused at the counter with the reason, and every point holding it gets a pull task, once", async () => {
      await post(`/pos/points/${point.id}/stock-movements`, {
        kind: "transfer",
        to_point_id: other.id,
        items: [{ variant_id: honey.variantId, quantity: 3 }],
      })
      await api.post(
        `/admin/ocop/certificates/${honey.certificate.id}/transitions`,
        { to: "revoked", reason: "Sử dụng nhãn sai", revocation_ground: "ocop_mark_misuse" },
        { headers: adminHeaders }
      )
      const res = await failed(
        post(`/pos/points/${point.id}/sales`, { items: [{ variant_id: honey.variantId, quantity: 1 }], payment: "cash" })
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/không được bán.*thu hồi/)
      const pulls = await eventually(
        async () => (await get(`/pos/points/${point.id}/tasks?status=open`)).data.tasks.filter((t: any) => t.kind === "pull"),
        (t: any[]) => t.length > 0
      )
      expect(pulls).toHaveLength(1)
      expect(pulls[0]).toEqual(expect.objectContaining({ product_id: honey.product.id, product_title: "Mật ong rừng Vũ Quang" }))
      // the other point holds 3 of it: it has its own pull task (seen from the office's data)
      const otherStaff = await staffOf(api, adminHeaders, other.id, "honglinh@pos.test")
      const otherTasks = await eventually(
        async () => (await api.get(`/pos/points/${other.id}/tasks?status=open`, { headers: otherStaff })).data.tasks,
        (t: any[]) => t.length > 0
      )
      expect(otherTasks.filter((t: any) => t.kind === "pull")).toHaveLength(1)

      const { data: done } = await post(`/pos/points/${point.id}/tasks/${pulls[0].id}/done`, {})
      expect(done.task).toEqual(expect.objectContaining({ status: "done", done_by: expect.any(String) }))
      const { data: open } = await get(`/pos/points/${point.id}/tasks?status=open`)
      expect(open.tasks.filter((t: any) => t.kind === "pull")).toHaveLength(0)
    })
  },
})
