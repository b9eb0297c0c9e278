import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
import { runBoothClock } from "../../src/jobs/open-and-close-fair-booths"
import { DEMO_POS_STAFF, demoGtin, HA_TINH_POINT, seedRetail } from "../../src/scripts/seed/retail"
import { RETAIL_MODULE } from "../../src/modules/retail"
import { createOfficeUser } from "../helpers/admin"
import { seedDemoCatalogue } from "../helpers/demo-catalogue"
import { failed } from "../helpers/http"
import { openSalesPoint, staffOf, stockedProduct, stockOf } from "../helpers/retail"
import { confirmedConsignment, producerWithStock } from "../helpers/consignments"
import { declaredRoutes, routeKey as key, routesOnDisk } from "../helpers/routes-on-disk"
import type { RouteDeclaration } from "../../src/api/declared-route"
import type { StaffAccess } from "../../src/api/pos/staff-route"

// Own Redis database: test files of other capabilities may run at the same time on the same Redis, and
// their workers would otherwise take this app's events (subscribers) and workflow jobs.
process.env.REDIS_URL = "redis://127.0.0.1:6379/13"

jest.setTimeout(600 * 1000)

type Ctx = {
  variantId: string
  orderId: string
  vietqrOrderId: string
  taskId: string
  pointA: any
  pointB: any
  producer: Awaited<ReturnType<typeof producerWithStock>>
  otherProducer: Awaited<ReturnType<typeof producerWithStock>>
  consignmentB: string
}

/**
 * The /pos routes as wired in src/api/middlewares.ts (src/api/pos/<folder>/middlewares.ts,
 * staffRoute): the same declarations the staff login and validation are built from. The isolation
 * matrix is generated from those acting on a point.
 */
const POS_ROUTES = declaredRoutes<StaffAccess>("sales_point")
const POINT_ROUTES = POS_ROUTES.filter((route) => route.access.resource === "point")

/** What a valid request of a point route carries: its query, its body, the other path params' records. */
type Case = { query?: (c: Ctx) => string; body?: (c: Ctx) => any; params?: (c: Ctx) => Record<string, string> }
const CASES: Record<string, Record<string, Case>> = {
  "GET /pos/points/:id/lookup": { "by code": { query: () => "code=OCOP-HT05" }, "by text": { query: () => "q=nuoc%20mam" } },
  "POST /pos/points/:id/sales": { sell: { body: (c) => ({ items: [{ variant_id: c.variantId, quantity: 1 }], payment: "cash" }) } },
  "POST /pos/points/:id/sales/:order_id/payment": { "confirm transfer": { params: (c) => ({ order_id: c.vietqrOrderId }) } },
  "POST /pos/points/:id/stock-movements": {
    receive: { body: (c) => ({ kind: "receive", items: [{ variant_id: c.variantId, quantity: 1 }] }) },
    transfer: { body: (c) => ({ kind: "transfer", to_point_id: c.pointA.id, items: [{ variant_id: c.variantId, quantity: 1 }] }) },
  },
  "GET /pos/points/:id/labels": { labels: { query: (c) => `variant_ids=${c.variantId}` } },
  "POST /pos/points/:id/consignments": {
    "request consignment": {
      body: (c) => ({ producer_id: c.producer.producer.id, items: [{ variant_id: c.producer.variantId, quantity: 1 }] }),
    },
  },
  // receiving takes exactly the confirmed lines: the valid body is empty
  "POST /pos/points/:id/consignments/:consignment_id/receive": { "receive consignment": { body: () => ({}) } },
}

/** Every point route with each of its cases ("GET /pos/points/:id/lookup (by text)"). */
const POINT_MATRIX: Array<[string, RouteDeclaration<StaffAccess>, Case]> = POINT_ROUTES.flatMap((route) =>
  Object.entries(CASES[key(route)] ?? { "": {} }).map(([name, c]): [string, RouteDeclaration<StaffAccess>, Case] => [
    name ? `${key(route)} (${name})` : key(route),
    route,
    c,
  ])
)

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let staffA: Record<string, string>
    let staffB: Record<string, string>
    const ctx = {} as Ctx
    let product: Awaited<ReturnType<typeof stockedProduct>>

    const token = (actor_type: string, actor_id: string) => {
      const { jwtSecret } = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
      return {
        authorization: `Bearer ${generateJwtToken({ actor_id, actor_type, auth_identity_id: "authid_x", app_metadata: {} }, { secret: jwtSecret as string, expiresIn: "1d" })}`,
      }
    }
    const pathOf = (route: RouteDeclaration<StaffAccess>, c: Case, point: string) => {
      const params: Record<string, string> = {
        order_id: ctx.orderId,
        task_id: ctx.taskId,
        consignment_id: ctx.consignmentB,
        ...c.params?.(ctx),
        id: point,
      }
      const path = route.matcher.replace(/:(\w+)/g, (_, name: string) => params[name])
      return c.query ? `${path}?${c.query(ctx)}` : path
    }
    const call = (route: RouteDeclaration<StaffAccess>, c: Case, point: string, headers?: Record<string, string>) =>
      route.method === "GET"
        ? api.get(pathOf(route, c, point), { headers })
        : api.post(pathOf(route, c, point), c.body?.(ctx) ?? {}, { headers })

    beforeAll(async () => {
      await seedDemoCatalogue(getContainer())
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
      ctx.pointA = await openSalesPoint(api, adminHeaders, "Điểm bán A")
      ctx.pointB = await openSalesPoint(api, adminHeaders, "Điểm bán B", "44")
      staffA = await staffOf(api, adminHeaders, ctx.pointA.id, "a@pos.test")
      staffB = await staffOf(api, adminHeaders, ctx.pointB.id, "b@pos.test")
      product = await stockedProduct(api, adminHeaders, "Mật ong bạc hà", { stars: 4, price: 120000 })
      ctx.variantId = product.variantId
      await api.post(
        `/pos/points/${ctx.pointB.id}/stock-movements`,
        { kind: "receive", items: [{ variant_id: ctx.variantId, quantity: 6 }] },
        { headers: staffB }
      )
      const { data: sale } = await api.post(
        `/pos/points/${ctx.pointB.id}/sales`,
        { items: [{ variant_id: ctx.variantId, quantity: 1 }], payment: "cash" },
        { headers: staffB }
      )
      ctx.orderId = sale.order_id
      const { data: qrSale } = await api.post(
        `/pos/points/${ctx.pointB.id}/sales`,
        { items: [{ variant_id: ctx.variantId, quantity: 1 }], payment: "vietqr" },
        { headers: staffB }
      )
      ctx.vietqrOrderId = qrSale.order_id
      const retail: any = getContainer().resolve(RETAIL_MODULE)
      const task = await retail.createTasks({
        kind: "pull",
        point_id: ctx.pointB.id,
        point_kind: "sales_point",
        product_id: product.product.id,
        reason: "kiểm thử",
      })
      ctx.taskId = task.id
      ctx.producer = await producerWithStock(api, adminHeaders, "p@iso.test", "HTX Ký gửi", "ISO-P-500")
      ctx.otherProducer = await producerWithStock(api, adminHeaders, "q@iso.test", "HTX Khác", "ISO-Q-500")
      ctx.consignmentB = (
        await confirmedConsignment(api, staffB, ctx.pointB.id, ctx.producer, [{ variant_id: ctx.producer.variantId, quantity: 3 }])
      ).id
    })

    /** What point B and the producer hold, and B's consignments: no request of A's may change it. */
    const stateOfB = async () =>
      JSON.stringify([
        await stockOf(getContainer(), ctx.variantId, ctx.pointB.stock_location.id),
        await stockOf(getContainer(), ctx.producer.variantId, ctx.pointB.stock_location.id),
        await stockOf(getContainer(), ctx.producer.variantId, ctx.producer.locationId),
        await stockOf(getContainer(), ctx.otherProducer.variantId, ctx.otherProducer.locationId),
        (await api.get(`/pos/points/${ctx.pointB.id}/consignments`, { headers: staffB })).data.consignments.map(
          (c: any) => `${c.id}:${c.status}`
        ),
        (await api.get(`/pos/points/${ctx.pointB.id}/stock-movements`, { headers: staffB })).data.count,
      ])

    it("the wired routes are exactly the route files on disk", () => {
      expect(POS_ROUTES.map(key).sort()).toEqual(routesOnDisk("pos"))
    })

    it("has a valid request for every point route that takes a body, and none for a route not wired", () => {
      for (const route of POINT_ROUTES.filter((r) => r.body)) {
        expect([key(route), key(route) in CASES]).toEqual([key(route), true])
      }
      expect(Object.keys(CASES).filter((name) => !POINT_ROUTES.some((route) => key(route) === name))).toEqual([])
    })

    describe.each(POINT_MATRIX)("%s", (_name, route, c) => {
      it("answers 404 to staff of another point, and changes nothing", async () => {
        const stockBefore = await stockOf(getContainer(), ctx.variantId, ctx.pointB.stock_location.id)
        const stateBefore = await stateOfB()
        const { data: before } = await api.get(`/pos/points/${ctx.pointB.id}/stock-movements`, { headers: staffB })
        const res = await failed(call(route, c, ctx.pointB.id, staffA))
        expect(res.status).toBe(404)
        expect(await stockOf(getContainer(), ctx.variantId, ctx.pointB.stock_location.id)).toBe(stockBefore)
        const { data: after } = await api.get(`/pos/points/${ctx.pointB.id}/stock-movements`, { headers: staffB })
        expect(after.count).toBe(before.count)
        const { data: tasks } = await api.get(`/pos/points/${ctx.pointB.id}/tasks?status=open`, { headers: staffB })
        expect(tasks.tasks.map((t: any) => t.id)).toContain(ctx.taskId)
        const { data: receipt } = await api.get(`/pos/points/${ctx.pointB.id}/sales/${ctx.vietqrOrderId}/receipt`, { headers: staffB })
        expect(receipt.receipt.payment_status).toBe("awaiting")
        expect(await stateOfB()).toEqual(stateBefore)
      })

      it("answers 401 without a token and to customer, producer and admin tokens", async () => {
        expect((await failed(call(route, c, ctx.pointB.id))).status).toBe(401)
        for (const headers of [token("customer", "cus_1"), token("producer", "pdcr_1"), adminHeaders]) {
          expect((await failed(call(route, c, ctx.pointB.id, headers))).status).toBe(401)
        }
      })
    })

    describe("ids in the body", () => {
      const refusedOnOwnPoint = async (path: string, body: any, status = 400) => {
        const before = await stateOfB()
        const { data: mineBefore } = await api.get(`/pos/points/${ctx.pointA.id}/consignments`, { headers: staffA })
        const res = await failed(api.post(`/pos/points/${ctx.pointA.id}${path}`, body, { headers: staffA }))
        expect(res.status).toBe(status)
        expect(await stateOfB()).toEqual(before)
        const { data: mineAfter } = await api.get(`/pos/points/${ctx.pointA.id}/consignments`, { headers: staffA })
        expect(mineAfter.count).toBe(mineBefore.count)
        expect(await stockOf(getContainer(), ctx.producer.variantId, ctx.pointA.stock_location.id)).toBe(0)
        return res
      }

      it("refuses producer_id on a receive: a producer's goods come through a confirmed consignment", async () => {
        const res = await refusedOnOwnPoint("/stock-movements", {
          kind: "receive",
          producer_id: ctx.producer.producer.id,
          items: [{ variant_id: ctx.producer.variantId, quantity: 1 }],
        })
        expect(res.data.code).toBe("pos.consignment_required")
      })

      it("refuses a receive of a producer's variant without producer_id", async () => {
        const res = await refusedOnOwnPoint("/stock-movements", {
          kind: "receive",
          items: [{ variant_id: ctx.producer.variantId, quantity: 1 }],
        })
        expect(res.data.code).toBe("pos.consignment_required")
      })

      it("refuses a consignment request naming another producer's variant", async () => {
        const res = await refusedOnOwnPoint("/consignments", {
          producer_id: ctx.producer.producer.id,
          items: [{ variant_id: ctx.otherProducer.variantId, quantity: 1 }],
        })
        expect(res.data.code).toBe("pos.not_producer_product")
      })

      it("answers 404 to a consignment request of an unknown producer", async () => {
        await refusedOnOwnPoint(
          "/consignments",
          { producer_id: "pdcr_khong_co", items: [{ variant_id: ctx.producer.variantId, quantity: 1 }] },
          404
        )
      })

      it("answers 404 when receiving another point's consignment through one's own point", async () => {
        const res = await refusedOnOwnPoint(`/consignments/${ctx.consignmentB}/receive`, {}, 404)
        expect(res.data.message).toMatch(/Không tìm thấy phiếu ký gửi/)
      })

      it("refuses returning another producer's variant to a producer", async () => {
        const res = await refusedOnOwnPoint("/stock-movements", {
          kind: "return",
          producer_id: ctx.producer.producer.id,
          items: [{ variant_id: ctx.otherProducer.variantId, quantity: 1 }],
        })
        expect(res.data.code).toBe("pos.not_producer_product")
      })
    })

    it("GET /pos/me needs a sales_point token", async () => {
      expect((await failed(api.get("/pos/me"))).status).toBe(401)
      expect((await failed(api.get("/pos/me", { headers: token("customer", "cus_1") }))).status).toBe(401)
      expect((await api.get("/pos/me", { headers: staffB })).data.points.map((p: any) => p.id)).toEqual([ctx.pointB.id])
    })

    it("answers the storefront's CORS preflight for /pos before authentication", async () => {
      const res = await api.options("/pos/me", {
        headers: {
          origin: "http://localhost:8000",
          "access-control-request-method": "GET",
          "access-control-request-headers": "authorization",
        },
      })
      expect(res.status).toBe(204)
      expect(res.headers["access-control-allow-origin"]).toBe("http://localhost:8000")
    })

    it("prints shelf labels and QR stickers as A4 PDF", async () => {
      for (const format of ["shelf", "qr"]) {
        const res = await api.get(`/pos/points/${ctx.pointB.id}/labels?variant_ids=${ctx.variantId}&format=${format}`, {
          headers: staffB,
          responseType: "arraybuffer",
        })
        expect(res.headers["content-type"]).toMatch(/application\/pdf/)
        const pdf = Buffer.from(res.data)
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
        expect(pdf.length).toBeGreaterThan(2000)
        expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/)
      }
    })

    it("serves the point's catalogue feed (JSON and CSV) with its publishable key, certificate data included", async () => {
      const headers = { "x-publishable-api-key": ctx.pointB.publishable_key }
      const { data } = await api.get("/store/ocop/feed", { headers })
      expect(data.items).toEqual([
        expect.objectContaining({
          variant_id: ctx.variantId,
          quantity: 4,
          price_vnd: 120000,
          ocop: expect.objectContaining({
            stars: 4,
            verification_code: product.certificate.verification_code,
            verify_url: expect.stringContaining("/vi/verify/"),
          }),
        }),
      ])
      const csv = await api.get("/store/ocop/feed?format=csv", { headers })
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const lines = String(csv.data).trim().split("\n")
      expect(lines[0]).toContain("verification_code")
      expect(lines[1]).toContain(product.certificate.verification_code)
    })

    it("keeps a booth's channel closed outside its fair's dates and refuses sales there", async () => {
      const day = 86400000
      const { data: fairData } = await api.post(
        "/admin/ocop/fairs",
        {
          name: "Hội chợ Xuân 2027",
          venue: "Nhà thi đấu Hà Tĩnh",
          province_code: "42",
          starts_at: new Date(Date.now() + 10 * day).toISOString(),
          ends_at: new Date(Date.now() + 15 * day).toISOString(),
        },
        { headers: adminHeaders }
      )
      const { data: boothData } = await api.post(
        `/admin/ocop/fairs/${fairData.fair.id}/booths`,
        { name: "Gian hàng 1" },
        { headers: adminHeaders }
      )
      const boothId = boothData.booth.id
      const channel = async () =>
        (
          await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "sales_channel", fields: ["is_disabled"], filters: { id: boothData.booth.sales_channel_id } })
        ).data[0]
      expect((await channel()).is_disabled).toBe(true)
      const staff = await staffOf(api, adminHeaders, boothId, "booth@pos.test")
      const { data: me } = await api.get("/pos/me", { headers: staff })
      expect(me.points[0]).toEqual(expect.objectContaining({ id: boothId, kind: "booth", open: false }))
      await api.post(
        `/pos/points/${boothId}/stock-movements`,
        { kind: "receive", items: [{ variant_id: ctx.variantId, quantity: 2 }] },
        { headers: staff }
      )
      const res = await failed(
        api.post(
          `/pos/points/${boothId}/sales`,
          { items: [{ variant_id: ctx.variantId, quantity: 1 }], payment: "cash" },
          { headers: staff }
        )
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/Gian hàng đang đóng/)

      await runBoothClock(getContainer(), new Date(Date.now() + 11 * day))
      expect((await channel()).is_disabled).toBe(false)
      await runBoothClock(getContainer(), new Date(Date.now() + 16 * day))
      expect((await channel()).is_disabled).toBe(true)

      const { data: returns } = await api.get(`/admin/ocop/fairs/${fairData.fair.id}/returns`, { headers: adminHeaders })
      expect(returns.booths[0].items).toEqual([expect.objectContaining({ variant_id: ctx.variantId, quantity: 2 })])
    })

    it("seeds the demo points idempotently with the counter login and scannable GTINs", async () => {
      await seedRetail(getContainer())
      await seedRetail(getContainer())
      const { data: points } = await api.get("/admin/ocop/sales-points", { headers: adminHeaders })
      expect(points.sales_points.filter((p: any) => p.name === HA_TINH_POINT)).toHaveLength(1)
      const { data: login } = await api.post("/auth/sales_point/emailpass", {
        email: DEMO_POS_STAFF.email,
        password: DEMO_POS_STAFF.password,
      })
      const headers = { authorization: `Bearer ${login.token}` }
      const { data: me } = await api.get("/pos/me", { headers })
      const haTinh = me.points.find((p: any) => p.name === HA_TINH_POINT)
      expect(me.points.map((p: any) => p.kind).sort()).toEqual(["booth", "sales_point"])
      const { data } = await api.get(`/pos/points/${haTinh.id}/lookup?code=${demoGtin("HT05")}`, { headers })
      expect(data.results[0]).toEqual(expect.objectContaining({ sellable: true, stock_here: 20 }))
      expect(data.results[0].stock_elsewhere.length).toBeGreaterThanOrEqual(2)
      const { data: revoked } = await api.get(`/pos/points/${haTinh.id}/lookup?code=${demoGtin("HT41")}`, { headers })
      expect(revoked.results[0]).toEqual(expect.objectContaining({ sellable: false, stock_here: 5 }))
      const { data: local } = await api.get(`/pos/points/${haTinh.id}/lookup?code=LOCAL-KEO-LAC-200`, { headers })
      expect(local.results[0]).toEqual(expect.objectContaining({ ocop: null, sellable: true, local_non_ocop: true, stock_here: 30 }))

      // the point's feed: what it may sell — the local product without badge data, never the revoked one
      const [key] = await getContainer()
        .resolve(Modules.API_KEY)
        .listApiKeys({ title: `POS ${HA_TINH_POINT}` })
      const { data: feed } = await api.get("/store/ocop/feed", { headers: { "x-publishable-api-key": key.token } })
      const skus = feed.items.map((i: any) => i.sku)
      expect(skus).toEqual(expect.arrayContaining(["OCOP-HT05", "LOCAL-KEO-LAC-200"]))
      expect(skus).not.toContain("OCOP-HT41")
      expect(feed.items.find((i: any) => i.sku === "LOCAL-KEO-LAC-200").ocop).toBeNull()
    })

    it("refuses bad input with Vietnamese messages and stores nothing", async () => {
      const badPoint = await failed(
        api.post("/admin/ocop/sales-points", { name: "X", location_category: "shop", province_code: "42" }, { headers: adminHeaders })
      )
      expect(badPoint.status).toBe(400)
      expect(badPoint.data.message).toMatch(/Loại địa điểm không hợp lệ/)
      const badStaff = await failed(
        api.post(
          `/admin/ocop/sales-points/${ctx.pointA.id}/staff`,
          { email: "khong-hop-le", name: "A", password: "123" },
          { headers: adminHeaders }
        )
      )
      expect(badStaff.status).toBe(400)
      const taken = await failed(
        api.post(
          `/admin/ocop/sales-points/${ctx.pointA.id}/staff`,
          { email: "ai-do@pos.test", name: "A", password: "mat-khau-2026" },
          { headers: token("customer", "cus_1") }
        )
      )
      expect(taken.status).toBe(401)
      const short = await failed(
        api.post(
          `/pos/points/${ctx.pointB.id}/sales`,
          { items: [{ variant_id: ctx.variantId, quantity: 1 }], payment: "cash", cash_received: 1000 },
          { headers: staffB }
        )
      )
      expect(short.status).toBe(400)
      expect(short.data.message).toMatch(/Tiền khách đưa ít hơn/)
      const zero = await failed(
        api.post(
          `/pos/points/${ctx.pointB.id}/sales`,
          { items: [{ variant_id: ctx.variantId, quantity: 0 }], payment: "cash" },
          { headers: staffB }
        )
      )
      expect(zero.status).toBe(400)
      expect(await stockOf(getContainer(), ctx.variantId, ctx.pointB.stock_location.id)).toBe(4)
      const { data: points } = await api.get("/admin/ocop/sales-points", { headers: adminHeaders })
      expect(points.sales_points).toHaveLength(2)
    })
  },
})
