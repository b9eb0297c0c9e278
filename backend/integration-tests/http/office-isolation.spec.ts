import { integrationTestRunner } from "../helpers/runner"
import type { OfficeAccess, OfficeRouteDeclaration } from "../../src/api/admin/ocop/office-route"
import { createOfficeUser } from "../helpers/admin"
import { today } from "../helpers/certificates"
import { bearer, onboardProducer } from "../helpers/producer"
import { openSalesPoint } from "../helpers/retail"
import { declaredRoutes, routeKey as key, routesOnDisk } from "../helpers/routes-on-disk"

jest.setTimeout(600 * 1000)

/**
 * Isolation matrix of the OCOP office, generated from the routes' declarations as wired in
 * src/api/middlewares.ts (src/api/admin/ocop/<folder>/middlewares.ts, officeRoute) — the same declarations
 * the scope checks are built from — and checked against the route files on disk, so a new
 * /admin/ocop route cannot escape it. For every route and method: no
 * token gets 401; an account without a scope gets 403; a Hà Tĩnh officer acting on Quảng Trị records
 * is refused with a Vietnamese message (lists show it Hà Tĩnh only) and nothing changes; a national
 * account succeeds.
 */

const OFFICE_ROUTES = declaredRoutes<OfficeAccess>("office")

type Province = {
  producerId: string
  productId: string
  bareProductId: string
  certificateId: string
  pointId: string
  fairId: string
  boothId: string
  targetId: string
  staffId: string
}

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let national: Record<string, string>
    let haTinh: Record<string, string>
    let haTinhUserId: string
    let unscoped: Record<string, string>
    let HT: Province
    let QT: Province

    const send = (method: string, path: string, body: unknown, headers: Record<string, string> | undefined) =>
      (method === "GET"
        ? api.get(path, { headers })
        : method === "DELETE"
          ? api.delete(path, { headers })
          : api.post(path, body ?? {}, { headers })
      ).then(
        (r: any) => r,
        (e: any) => e.response
      )

    /** A producer of the province with an approved profile, a certified product, a bare product, a point, a fair with a booth and a target. */
    async function province(code: "42" | "44", tag: string): Promise<Province> {
      const p = await onboardProducer(api, `${tag}@ocop.test`, `HTX ${tag}`, { province_code: code, commune: `Xã ${tag}` })
      await api.post(`/admin/ocop/producers/${p.producer.id}/approval`, { decision: "approve" }, { headers: national })
      const product = async (sku: string) =>
        (
          await api.post(
            "/producer/products",
            { title: `Nước mắm ${sku}`, product_set_code: 9, variants: [{ title: "Chai 500 ml", sku, price: 120000, stock: 10 }] },
            bearer(p.token)
          )
        ).data.product
      const certified = await product(`${tag}-1`)
      const bare = await product(`${tag}-2`)
      const { data: cert } = await api.post(
        "/admin/ocop/certificates",
        {
          product_id: certified.id,
          decision_number: `1/QĐ-${tag}`,
          issuer: `UBND tỉnh ${tag}`,
          stars: 4,
          product_set: 9,
          issued_at: today(-100),
        },
        { headers: national }
      )
      const point = await openSalesPoint(api, national, `Điểm bán ${tag}`, code)
      const { data: fair } = await api.post(
        "/admin/ocop/fairs",
        {
          name: `Hội chợ ${tag}`,
          venue: `Quảng trường ${tag}`,
          province_code: code,
          starts_at: "2026-12-20T01:00:00Z",
          ends_at: "2026-12-27T10:00:00Z",
        },
        { headers: national }
      )
      const { data: booth } = await api.post(`/admin/ocop/fairs/${fair.fair.id}/booths`, { name: `Gian ${tag}` }, { headers: national })
      const { data: staff } = await api.post(
        `/admin/ocop/sales-points/${point.id}/staff`,
        { email: `nv-${tag}@ocop.test`, name: `Nhân viên ${tag}` },
        { headers: national }
      )
      const { data: target } = await api.post(
        "/admin/ocop/programme-targets",
        { metric: "certified_products", province_code: code, period_start: "2026-01-01", period_end: "2030-12-31", value: 600 },
        { headers: national }
      )
      return {
        producerId: p.producer.id,
        productId: certified.id,
        bareProductId: bare.id,
        certificateId: cert.certificate.id,
        pointId: point.id,
        fairId: fair.fair.id,
        boothId: booth.booth.id,
        targetId: target.target.id,
        staffId: staff.staff.id,
      }
    }

    beforeAll(async () => {
      ;({ headers: national } = await createOfficeUser(getContainer()))
      const ht = await createOfficeUser(getContainer(), "ha-tinh@ocop.test", { province: "42" })
      haTinh = ht.headers
      haTinhUserId = ht.user.id
      ;({ headers: unscoped } = await createOfficeUser(getContainer(), "chua-phan-quyen@ocop.test", { unscoped: true }))
      HT = await province("42", "HT")
      QT = await province("44", "QT")
    })

    /** Quảng Trị's records as the national office sees them: compared before and after each request. */
    async function snapshotOfQuangTri() {
      const get = async (path: string) => (await api.get(path, { headers: national })).data
      return JSON.stringify([
        await get("/admin/ocop/certificates?province_code=44"),
        await get(`/admin/ocop/products/${QT.productId}/certificates`),
        await get(`/admin/ocop/products/${QT.bareProductId}/certificates`),
        (await get("/admin/ocop/producers")).producers.filter((p: any) => p.province_code === "44"),
        await get(`/admin/ocop/sales-points/${QT.pointId}`),
        await get(`/admin/ocop/fairs/${QT.fairId}/returns`),
        (await get("/admin/ocop/fairs")).fairs.filter((f: any) => f.province_code === "44"),
        await get(`/admin/ocop/programme-targets?province_code=44`),
        await get("/admin/ocop/office-scopes"),
      ])
    }

    const idsOf = (p: Province) => [
      p.producerId,
      p.productId,
      p.bareProductId,
      p.certificateId,
      p.pointId,
      p.fairId,
      p.boothId,
      p.targetId,
      p.staffId,
    ]

    /** The path naming Quảng Trị's record (or asking for Quảng Trị's figures). */
    function pathFor(route: OfficeRouteDeclaration, of: Province, provinceCode: string) {
      const idOf: Record<string, string> = {
        certificate: of.certificateId,
        product: of.productId,
        producer: of.producerId,
        sales_point: of.pointId,
        point: of.pointId,
        fair: of.fairId,
        programme_target: of.targetId,
      }
      const path = route.matcher
        .replace(":staff_id", of.staffId)
        .replace(":id", route.access.scope.kind === "record" ? idOf[route.access.scope.resource] : "x")
      if (route.access.scope.kind !== "query_province") return path
      return route.matcher.endsWith("/reports")
        ? `${path}?province_code=${provinceCode}&period=yearly&year=2026`
        : `${path}?province_code=${provinceCode}`
    }

    /** A valid body for each route with one, acting on the given province's records. */
    const bodies = (of: Province, provinceCode: string): Record<string, unknown> => ({
      "POST /admin/ocop/office-scopes": { user_id: haTinhUserId, scope: "national" },
      "POST /admin/ocop/certificates": {
        product_id: of.bareProductId,
        decision_number: "12/QĐ-UBND",
        issuer: "UBND tỉnh",
        stars: 4,
        product_set: 9,
        issued_at: today(-30),
        status: "pending_review",
      },
      "POST /admin/ocop/certificates/:id/transitions": { to: "suspended", reason: "Kiểm tra đột xuất" },
      "POST /admin/ocop/producers/:id/approval": { decision: "suspend", reason: "Kiểm tra hồ sơ" },
      "POST /admin/ocop/programme-targets": {
        metric: "certified_products_5_star",
        province_code: provinceCode,
        period_start: "2026-01-01",
        period_end: "2026-12-31",
        value: 3,
      },
      "POST /admin/ocop/programme-targets/:id": { value: 650 },
      "POST /admin/ocop/sales-points": { name: "Điểm bán mới", location_category: "tourist_site", province_code: provinceCode },
      "POST /admin/ocop/sales-points/:id": { name: "Điểm bán đổi tên" },
      "POST /admin/ocop/sales-points/:id/staff": { email: `nv${provinceCode}@ocop.test`, name: "Nhân viên mới" },
      "POST /admin/ocop/sales-points/:id/staff/:staff_id": { disabled: true },
      "POST /admin/ocop/fairs": {
        name: "Hội chợ mới",
        venue: "Nhà văn hóa",
        province_code: provinceCode,
        starts_at: "2027-01-10T01:00:00Z",
        ends_at: "2027-01-12T10:00:00Z",
      },
      "POST /admin/ocop/fairs/:id/booths": { name: "Gian mới" },
      // national-only routes of other areas: the matrix checks the scope refusal, not their own answer
      "POST /admin/ocop/consignments/:id/approve": {},
    })

    it("the wired routes are exactly the route files on disk", () => {
      expect(OFFICE_ROUTES.map(key).sort()).toEqual(routesOnDisk("admin/ocop"))
    })

    it("has a body for every POST route", () => {
      const known = bodies(QT, "44")
      for (const route of OFFICE_ROUTES.filter((r) => r.method === "POST")) {
        expect([key(route), key(route) in known]).toEqual([key(route), true])
      }
    })

    // One test per route: the runner restores the seeded database before every test.
    it.each(OFFICE_ROUTES.map((r) => [key(r), r] as const))(
      "%s: 401 without a login, 403 without a scope, Hà Tĩnh refused on Quảng Trị (nothing changed), national allowed",
      async (name, route) => {
        const path = pathFor(route, QT, "44")
        const body = bodies(QT, "44")[name]
        expect([name, (await send(route.method, path, body, undefined)).status]).toEqual([name, 401])

        const noScope = await send(route.method, path, body, unscoped)
        if (route.access.scope.kind === "self") {
          expect([name, noScope.status, noScope.data.scope]).toEqual([name, 200, null])
        } else {
          expect([name, noScope.status, noScope.data.code]).toEqual([name, 403, "ocop.office.no_scope"])
          expect(noScope.data.message).toMatch(/^Tài khoản chưa được giao phạm vi/)
        }

        const before = await snapshotOfQuangTri()
        const response = await send(route.method, path, body, haTinh)
        if (route.access.scope.kind === "list" || route.access.scope.kind === "self") {
          expect([name, response.status]).toEqual([name, 200])
          const text = JSON.stringify(response.data)
          for (const id of idsOf(QT)) expect([name, id, text.includes(id)]).toEqual([name, id, false])
        } else {
          expect([name, response.status]).toEqual([name, 403])
          expect(["ocop.office.out_of_scope", "ocop.office.national_only"]).toContain(response.data.code)
          expect(response.data.message).toMatch(/tỉnh\/thành khác|toàn quốc/)
        }
        expect(await snapshotOfQuangTri()).toEqual(before)

        const allowed = await send(route.method, path, body, national)
        if (route.access.scope.kind === "national" && path.includes("/x")) {
          // no fixture of that kind here: the national account gets past the scope check (the handler's 404 / 400)
          expect([name, [401, 403].includes(allowed.status)]).toEqual([name, false])
        } else {
          expect([name, allowed.status, allowed.status < 300 ? "" : JSON.stringify(allowed.data)]).toEqual([name, expect.any(Number), ""])
        }
      }
    )

    // The same routes on Hà Tĩnh's own records: the officer's province is fully theirs.
    it.each(OFFICE_ROUTES.filter((r) => r.access.scope.kind !== "national").map((r) => [key(r), r] as const))(
      "%s: a Hà Tĩnh officer acts on Hà Tĩnh records",
      async (name, route) => {
        const body = bodies(HT, "42")[name]
        const response = await send(route.method, pathFor(route, HT, "42"), body, haTinh)
        expect([name, response.status, response.status < 300 ? "" : JSON.stringify(response.data)]).toEqual([name, expect.any(Number), ""])
      }
    )

    it("lists and figures show a Hà Tĩnh officer Hà Tĩnh only", async () => {
      const { data: certificates } = await api.get("/admin/ocop/certificates", { headers: haTinh })
      expect(certificates.certificates.map((c: any) => c.id)).toEqual([HT.certificateId])
      const { data: targets } = await api.get("/admin/ocop/programme-targets", { headers: haTinh })
      expect(targets.targets.map((t: any) => t.id)).toEqual([HT.targetId])
      const { data: producers } = await api.get("/admin/ocop/producers", { headers: haTinh })
      expect(producers.producers.map((p: any) => p.id)).toEqual([HT.producerId])
      const { data: points } = await api.get("/admin/ocop/sales-points", { headers: haTinh })
      expect(points.sales_points.map((p: any) => p.id)).toEqual([HT.pointId])
      const { data: fairs } = await api.get("/admin/ocop/fairs", { headers: haTinh })
      expect(fairs.fairs.map((f: any) => f.id)).toEqual([HT.fairId])
      const { data: me } = await api.get("/admin/ocop/office-scopes/me", { headers: haTinh })
      expect(me.scope).toEqual({ kind: "province", province_code: "42", label: "Văn phòng OCOP tỉnh Hà Tĩnh" })
      const { data: nationalMe } = await api.get("/admin/ocop/office-scopes/me", { headers: national })
      expect(nationalMe.scope).toEqual({ kind: "national", label: "Toàn quốc" })
    })

    it("national accounts see every province", async () => {
      const { data } = await api.get("/admin/ocop/certificates", { headers: national })
      expect(data.certificates.map((c: any) => c.id).sort()).toEqual([HT.certificateId, QT.certificateId].sort())
    })

    describe("5★ is the ministry's", () => {
      const fiveStar = (productId: string, issuer: string) => ({
        product_id: productId,
        decision_number: "5/QĐ-BNNMT",
        issuer,
        stars: 5,
        score: 92,
        product_set: 9,
        issued_at: today(-10),
        status: "pending_review",
      })

      it("a provincial office cannot record a 5★ certificate, even in its own province; nothing is stored", async () => {
        const response = await send("POST", "/admin/ocop/certificates", fiveStar(HT.bareProductId, "Bộ Nông nghiệp và Môi trường"), haTinh)
        expect([response.status, response.data.code]).toEqual([403, "ocop.office.five_star_ministry"])
        expect(response.data.message).toMatch(/^Chứng nhận 5 sao do Bộ Nông nghiệp và Môi trường cấp/)
        const { data } = await api.get(`/admin/ocop/products/${HT.bareProductId}/certificates`, { headers: national })
        expect(data.certificates).toEqual([])
      })

      it("a national account records a 5★ only with the ministry as issuer", async () => {
        const provincial = await send("POST", "/admin/ocop/certificates", fiveStar(HT.bareProductId, "UBND tỉnh Hà Tĩnh"), national)
        expect([provincial.status, provincial.data.code]).toEqual([400, "ocop.certificate.five_star_issuer"])
        const ministry = await send(
          "POST",
          "/admin/ocop/certificates",
          fiveStar(HT.bareProductId, "Bộ Nông nghiệp và Môi trường"),
          national
        )
        expect(ministry.status).toBe(201)
        expect(ministry.data.certificate.issuer).toBe("Bộ Nông nghiệp và Môi trường")

        // the Hà Tĩnh office cannot verify it, nor reject it; it may only put it on hold
        const id = ministry.data.certificate.id
        const verify = await send("POST", `/admin/ocop/certificates/${id}/transitions`, { to: "valid" }, haTinh)
        expect([verify.status, verify.data.code]).toEqual([403, "ocop.office.five_star_ministry"])
        const reject = await send("POST", `/admin/ocop/certificates/${id}/transitions`, { to: "rejected", reason: "Sai" }, haTinh)
        expect(reject.status).toBe(403)
        const { data } = await api.get(`/admin/ocop/products/${HT.bareProductId}/certificates`, { headers: national })
        expect(data.certificates.map((c: any) => c.status)).toEqual(["pending_review"])
        expect((await send("POST", `/admin/ocop/certificates/${id}/transitions`, { to: "valid" }, national)).status).toBe(200)
      })
    })

    it("only a national account assigns scopes, never its own; bad input is refused in Vietnamese", async () => {
      const own = await send(
        "POST",
        "/admin/ocop/office-scopes",
        { user_id: haTinhUserId, scope: "province", province_code: "99" },
        national
      )
      expect(own.status).toBe(400)
      expect(own.data.message).toMatch(/mã tỉnh\/thành hợp lệ/)
      const moved = await send(
        "POST",
        "/admin/ocop/office-scopes",
        { user_id: haTinhUserId, scope: "province", province_code: "44" },
        national
      )
      expect(moved.data.scope).toEqual({ kind: "province", province_code: "44", label: "Văn phòng OCOP tỉnh Quảng Trị" })
      // the moved officer now sees Quảng Trị, not Hà Tĩnh
      const { data } = await api.get("/admin/ocop/certificates", { headers: haTinh })
      expect(data.certificates.map((c: any) => c.id)).toEqual([QT.certificateId])
      const { data: me } = await api.get("/admin/ocop/office-scopes/me", { headers: national })
      const self = await send(
        "POST",
        "/admin/ocop/office-scopes",
        { user_id: me.user_id, scope: "province", province_code: "42" },
        national
      )
      expect([self.status, self.data.code]).toEqual([400, "ocop.office.own_scope"])
    })
  },
})
