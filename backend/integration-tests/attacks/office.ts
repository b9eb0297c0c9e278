import { createOfficeUser } from "../helpers/admin"
import { attack, defineAttackArea } from "../helpers/attacks"
import { today } from "../helpers/certificates"
import { bearer, onboardProducer } from "../helpers/producer"
import { openSalesPoint } from "../helpers/retail"

/**
 * An officer of another province: a Hà Tĩnh (42) office account tries to decide about Quảng Trị (44)
 * certificates and producers, read Quảng Trị's report, record a 5★ certificate the ministry alone
 * issues, and make itself national. Each is refused with a Vietnamese message and nothing changes.
 */
type Fixture = {
  national: Record<string, string>
  haTinh: Record<string, string>
  haTinhUserId: string
  unscoped: Record<string, string>
  quangTri: { pendingCertificateId: string; validCertificateId: string; pendingProducerId: string }
  haTinhProductId: string
  haTinhPointId: string
}

export default defineAttackArea<Fixture>({
  name: "office",
  setup: async ({ api, getContainer }) => {
    const container = getContainer()
    const { headers: national } = await createOfficeUser(container, "office-attack-national@ocop.test")
    const ht = await createOfficeUser(container, "office-attack-ha-tinh@ocop.test", { province: "42" })
    const { headers: unscoped } = await createOfficeUser(container, "office-attack-unscoped@ocop.test", { unscoped: true })

    /** An approved producer of the province with one product. */
    const producerWithProduct = async (code: string, tag: string) => {
      const p = await onboardProducer(api, `office-attack-${tag}@ocop.test`, `HTX ${tag}`, { province_code: code })
      await api.post(`/admin/ocop/producers/${p.producer.id}/approval`, { decision: "approve" }, { headers: national })
      const { data } = await api.post(
        "/producer/products",
        { title: `Nước mắm ${tag}`, product_set_code: 9, variants: [{ title: "Chai 500 ml", sku: `OA-${tag}`, price: 120000, stock: 5 }] },
        bearer(p.token)
      )
      return data.product.id as string
    }
    const certificate = async (productId: string, status: "valid" | "pending_review") =>
      (
        await api.post(
          "/admin/ocop/certificates",
          {
            product_id: productId,
            decision_number: `7/QĐ-UBND-${status}`,
            issuer: "UBND tỉnh Quảng Trị",
            stars: 4,
            product_set: 9,
            issued_at: today(-60),
            status,
          },
          { headers: national }
        )
      ).data.certificate.id as string

    const qtValidProduct = await producerWithProduct("44", "qt-a")
    const qtPendingProduct = await producerWithProduct("44", "qt-b")
    const pending = await onboardProducer(api, "office-attack-qt-c@ocop.test", "HTX qt-c", { province_code: "44" })
    return {
      national,
      haTinh: ht.headers,
      haTinhUserId: ht.user.id,
      unscoped,
      quangTri: {
        validCertificateId: await certificate(qtValidProduct, "valid"),
        pendingCertificateId: await certificate(qtPendingProduct, "pending_review"),
        pendingProducerId: pending.producer.id,
      },
      haTinhProductId: await producerWithProduct("42", "ht-a"),
      haTinhPointId: (await openSalesPoint(api, national, "Điểm bán tấn công Hà Tĩnh", "42")).id,
    }
  },
  register: ({ api }, fixture) => {
    const as = (headers: Record<string, string>) => ({ headers })
    const certificateState = async (id: string) => {
      const { data } = await api.get(`/admin/ocop/certificates?province_code=44&limit=200`, as(fixture().national))
      const c = data.certificates.find((x: any) => x.id === id)
      return { status: c.status, stars: c.stars, issuer: c.issuer }
    }
    const certificateCount = async () => (await api.get("/admin/ocop/certificates?limit=1", as(fixture().national))).data.count
    const outOfScope = (response: any) => {
      expect(response.status).toBe(403)
      expect(response.data.code).toBe("ocop.office.out_of_scope")
      expect(response.data.message).toMatch(/^Hồ sơ này thuộc tỉnh\/thành khác, ngoài phạm vi của Văn phòng OCOP tỉnh Hà Tĩnh/)
    }

    for (const [what, to, extra] of [
      ["verifies", "valid", {}],
      ["suspends", "suspended", { reason: "Kiểm tra" }],
      ["revokes", "revoked", { reason: "Vi phạm", revocation_ground: "criteria_not_met" }],
    ] as const) {
      attack(`a Hà Tĩnh officer ${what} a Quảng Trị certificate`, async (probe) => {
        const id = to === "valid" ? fixture().quangTri.pendingCertificateId : fixture().quangTri.validCertificateId
        const before = await certificateState(id)
        outOfScope(await probe.refused(api.post(`/admin/ocop/certificates/${id}/transitions`, { to, ...extra }, as(fixture().haTinh))))
        await probe.unchanged(async () => expect(await certificateState(id)).toEqual(before))
      })
    }

    attack("a Hà Tĩnh officer approves a Quảng Trị producer", async (probe) => {
      const id = fixture().quangTri.pendingProducerId
      outOfScope(await probe.refused(api.post(`/admin/ocop/producers/${id}/approval`, { decision: "approve" }, as(fixture().haTinh))))
      await probe.unchanged(async () => {
        const { data } = await api.get("/admin/ocop/producers?approval_status=pending_approval", as(fixture().national))
        expect(data.producers.map((p: any) => p.id)).toContain(id)
      })
    })

    attack("a Hà Tĩnh officer reads the Quảng Trị report and dashboard", async (probe) => {
      outOfScope(await probe.refused(api.get("/admin/ocop/reports?province_code=44&period=yearly&year=2026", as(fixture().haTinh))))
      outOfScope(await probe.refused(api.get("/admin/ocop/dashboard?province_code=44", as(fixture().haTinh))))
      await probe.unchanged(async () => {
        // what it may read instead is Hà Tĩnh's own: no Quảng Trị certificate in its list
        const { data } = await api.get("/admin/ocop/certificates?limit=200", as(fixture().haTinh))
        expect(data.certificates.map((c: any) => c.id)).not.toContain(fixture().quangTri.validCertificateId)
      })
    })

    attack("a Hà Tĩnh officer records a 5★ certificate as provincially issued", async (probe) => {
      const before = await certificateCount()
      const response = await probe.refused(
        api.post(
          "/admin/ocop/certificates",
          {
            product_id: fixture().haTinhProductId,
            decision_number: "5/QĐ-UBND",
            issuer: "UBND tỉnh Hà Tĩnh",
            stars: 5,
            score: 93,
            product_set: 9,
            issued_at: today(-5),
          },
          as(fixture().haTinh)
        )
      )
      expect([response.status, response.data.code]).toEqual([403, "ocop.office.five_star_ministry"])
      expect(response.data.message).toMatch(/^Chứng nhận 5 sao do Bộ Nông nghiệp và Môi trường cấp/)
      await probe.unchanged(async () => expect(await certificateCount()).toBe(before))
    })

    attack("a national account records a 5★ certificate naming a People's Committee as issuer", async (probe) => {
      const before = await certificateCount()
      const response = await probe.refused(
        api.post(
          "/admin/ocop/certificates",
          {
            product_id: fixture().haTinhProductId,
            decision_number: "5/QĐ-UBND",
            issuer: "Ủy ban nhân dân tỉnh Hà Tĩnh",
            stars: 5,
            score: 93,
            product_set: 9,
            issued_at: today(-5),
          },
          as(fixture().national)
        )
      )
      expect([response.status, response.data.code]).toEqual([400, "ocop.certificate.five_star_issuer"])
      await probe.unchanged(async () => expect(await certificateCount()).toBe(before))
    })

    attack("a Hà Tĩnh officer supersedes a Quảng Trị certificate with one for its own product", async (probe) => {
      const id = fixture().quangTri.validCertificateId
      const before = await certificateState(id)
      const count = await certificateCount()
      outOfScope(
        await probe.refused(
          api.post(
            "/admin/ocop/certificates",
            {
              product_id: fixture().haTinhProductId,
              decision_number: "8/QĐ-UBND",
              issuer: "UBND tỉnh Hà Tĩnh",
              stars: 3,
              product_set: 9,
              issued_at: today(-5),
              supersedes: { certificate_id: id, reason: "downgraded" },
            },
            as(fixture().haTinh)
          )
        )
      )
      await probe.unchanged(async () => {
        expect(await certificateState(id)).toEqual(before)
        expect(await certificateCount()).toBe(count)
      })
    })

    attack("a Hà Tĩnh officer makes itself national", async (probe) => {
      const response = await probe.refused(
        api.post("/admin/ocop/office-scopes", { user_id: fixture().haTinhUserId, scope: "national" }, as(fixture().haTinh))
      )
      expect([response.status, response.data.code]).toEqual([403, "ocop.office.national_only"])
      await probe.unchanged(async () => {
        const { data } = await api.get("/admin/ocop/office-scopes/me", as(fixture().haTinh))
        expect(data.scope).toEqual({ kind: "province", province_code: "42", label: "Văn phòng OCOP tỉnh Hà Tĩnh" })
      })
    })

    attack("a Hà Tĩnh officer rewrites its user metadata to national, then acts on Quảng Trị", async (probe) => {
      // Medusa's own user route stores any metadata; the scope does not live there, so it changes nothing
      await api
        .post(
          `/admin/users/${fixture().haTinhUserId}`,
          { metadata: { ocop_scope: "national", ocop_province_code: null } },
          as(fixture().haTinh)
        )
        .catch(() => null)
      const id = fixture().quangTri.validCertificateId
      const before = await certificateState(id)
      outOfScope(
        await probe.refused(
          api.post(`/admin/ocop/certificates/${id}/transitions`, { to: "suspended", reason: "Thử" }, as(fixture().haTinh))
        )
      )
      await probe.unchanged(async () => expect(await certificateState(id)).toEqual(before))
    })

    attack("a Hà Tĩnh officer opens a point of sale in Quảng Trị or moves its own point there", async (probe) => {
      const count = async () => (await api.get("/admin/ocop/sales-points", as(fixture().national))).data.count
      const before = await count()
      // read through the list (the point's own page also loads its staff)
      const provinceOfPoint = async () =>
        (await api.get("/admin/ocop/sales-points", as(fixture().national))).data.sales_points.find(
          (p: any) => p.id === fixture().haTinhPointId
        ).province_code
      const pointBefore = await provinceOfPoint()
      outOfScope(
        await probe.refused(
          api.post(
            "/admin/ocop/sales-points",
            { name: "Điểm lấn sân", location_category: "tourist_site", province_code: "44" },
            as(fixture().haTinh)
          )
        )
      )
      outOfScope(
        await probe.refused(api.post(`/admin/ocop/sales-points/${fixture().haTinhPointId}`, { province_code: "44" }, as(fixture().haTinh)))
      )
      await probe.unchanged(async () => {
        expect(await count()).toBe(before)
        expect(await provinceOfPoint()).toBe(pointBefore)
      })
    })

    attack("an office account without a scope uses the OCOP office routes", async (probe) => {
      const id = fixture().quangTri.pendingCertificateId
      const before = await certificateState(id)
      const response = await probe.refused(api.post(`/admin/ocop/certificates/${id}/transitions`, { to: "valid" }, as(fixture().unscoped)))
      expect([response.status, response.data.code]).toEqual([403, "ocop.office.no_scope"])
      expect((await probe.refused(api.get("/admin/ocop/certificates", as(fixture().unscoped)))).status).toBe(403)
      await probe.unchanged(async () => expect(await certificateState(id)).toEqual(before))
    })
  },
})
