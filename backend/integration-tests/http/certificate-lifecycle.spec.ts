import { integrationTestRunner } from "../helpers/runner"
import { addDays } from "@ocop/domain"
import { Modules } from "@medusajs/framework/utils"
import { runCertificateClock } from "../../src/jobs/advance-certificate-clock"
import { expireCertificatesWorkflow } from "../../src/workflows/expire-certificates"
import { createOfficeUser } from "../helpers/admin"
import { failed } from "../helpers/http"
import { draftProduct, recordCertificate, today } from "../helpers/certificates"
import { seedDemoCatalogue } from "../helpers/demo-catalogue"

jest.setTimeout(120 * 1000)

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Record<string, string>
    let salesChannelId: string
    let adminHeaders: Record<string, string>

    beforeAll(async () => {
      ;({ storeHeaders, salesChannelId } = await seedDemoCatalogue(getContainer()))
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
    })

    const transition = (id: string, body: Record<string, unknown>) =>
      api.post(`/admin/ocop/certificates/${id}/transitions`, body, { headers: adminHeaders })
    const isListed = async (handle: string) =>
      api.get(`/store/ocop/products/${handle}`, { headers: storeHeaders }).then(
        () => true,
        (e: any) => {
          if (e.response?.status !== 404) throw e
          return false
        }
      )
    const events = async (id: string) =>
      await getContainer()
        .resolve("ocop")
        .listCertificateEvents({ certificate_id: id }, { order: { occurred_at: "ASC" } })

    it("verifies a submitted certificate, which publishes the product, and records who did it", async () => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, "Mật ong hoa cà phê")
      const submitted = await recordCertificate(api, adminHeaders, product.id, { status: "pending_review" })
      expect(await isListed(product.handle)).toBe(false)
      const { data } = await transition(submitted.id, { to: "valid" })
      expect(data.certificate.status).toBe("valid")
      expect(await isListed(product.handle)).toBe(true)
      expect((await events(submitted.id)).map((e: any) => [e.from_status, e.to_status, e.actor_type])).toEqual([
        [null, "pending_review", "user"],
        ["pending_review", "valid", "user"],
      ])
    })

    it("rejects a submission with a reason and keeps the product off sale", async () => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, "Nước mắm chưa đạt")
      const submitted = await recordCertificate(api, adminHeaders, product.id, { status: "pending_review" })
      const missingReason = await failed(transition(submitted.id, { to: "rejected" }))
      expect(missingReason.status).toBe(400)
      await transition(submitted.id, { to: "rejected", reason: "Hồ sơ thiếu phiếu kiểm nghiệm" })
      expect(await isListed(product.handle)).toBe(false)
      expect((await events(submitted.id)).at(-1)?.reason).toBe("Hồ sơ thiếu phiếu kiểm nghiệm")
    })

    it("suspends (delists) and clears the suspension (relists)", async () => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, "Cam Vũ Quang thử nghiệm")
      const certificate = await recordCertificate(api, adminHeaders, product.id)
      expect(await isListed(product.handle)).toBe(true)
      await transition(certificate.id, { to: "suspended", reason: "Cảnh báo an toàn thực phẩm" })
      expect(await isListed(product.handle)).toBe(false)
      await transition(certificate.id, { to: "valid", reason: "Kết quả kiểm tra đạt" })
      expect(await isListed(product.handle)).toBe(true)
    })

    it("revokes only with an Art. 8 ground, delists, and refuses to bring a revoked certificate back", async () => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, "Kẹo lạc thu hồi")
      const certificate = await recordCertificate(api, adminHeaders, product.id)
      expect((await failed(transition(certificate.id, { to: "revoked", reason: "Vi phạm" }))).status).toBe(400)
      await transition(certificate.id, { to: "revoked", reason: "Sử dụng nhãn sai", revocation_ground: "ocop_mark_misuse" })
      expect(await isListed(product.handle)).toBe(false)
      const { data } = await api.get(`/store/ocop/verify/${certificate.verification_code}`, { headers: storeHeaders })
      expect(data.certificate).toEqual(expect.objectContaining({ effective_status: "revoked", revocation_ground: "ocop_mark_misuse" }))

      const forbidden = await failed(transition(certificate.id, { to: "valid" }))
      expect(forbidden.status).toBe(400)
      expect(forbidden.data.message).toContain("«Đã thu hồi»")
      expect(await isListed(product.handle)).toBe(false)
    })

    it.each([
      ["the window's first day (180 days before expiry)", 180, true],
      ["the day before the window opens", 181, false],
      ["the window's last day (120 days before expiry)", 120, true],
      ["the day after the window closed", 119, false],
    ])("files a re-evaluation on %s: allowed=%s", async (_name, daysLeft, allowed) => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, `Chè xanh ${daysLeft}`)
      const validUntil = today(daysLeft)
      const certificate = await recordCertificate(api, adminHeaders, product.id, { valid_until: validUntil })
      const response = await transition(certificate.id, { to: "reevaluation_pending" }).catch((e: any) => e.response)
      if (allowed) {
        expect(response.status).toBe(200)
        expect(await isListed(product.handle)).toBe(true)
      } else {
        expect(response.status).toBe(400)
        const opens = addDays(validUntil, -180).split("-").reverse().join("/")
        expect(response.data.message).toContain(`từ ${opens}`)
      }
    })

    it("records a transitional extension of at most 180 days past expiry", async () => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, "Trà thảo mộc gia hạn")
      const certificate = await recordCertificate(api, adminHeaders, product.id, { valid_until: today(-10) })
      expect(await isListed(product.handle)).toBe(false)
      const tooLong = await failed(
        transition(certificate.id, { to: "extended", reason: "Điều 12.3", extension_until: addDays(today(-10), 181) })
      )
      expect(tooLong.status).toBe(400)
      await transition(certificate.id, { to: "extended", reason: "Điều 12.3", extension_until: addDays(today(-10), 180) })
      expect(await isListed(product.handle)).toBe(true)
    })

    it("supersedes on a new evaluation and keeps the rating history (downgrade 4★ → 3★)", async () => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, "Bưởi hạ sao")
      const old = await recordCertificate(api, adminHeaders, product.id, { stars: 4 })
      await recordCertificate(api, adminHeaders, product.id, {
        stars: 3,
        issued_at: today(),
        supersedes: { certificate_id: old.id, reason: "downgraded" },
      })
      const { data } = await api.get(`/store/ocop/products/${product.handle}`, { headers: storeHeaders })
      expect(data.product.certificate.stars).toBe(3)
      expect(data.product.rating_history.map((c: any) => [c.stars, c.status])).toEqual([
        [3, "valid"],
        [4, "superseded"],
      ])
    })

    it("verifying a re-evaluation submission supersedes the certificate in force (one in force, upgrade recorded)", async () => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, "Cam Khe Mây nâng hạng")
      const old = await recordCertificate(api, adminHeaders, product.id, { stars: 3 })
      const submitted = await recordCertificate(api, adminHeaders, product.id, { stars: 4, issued_at: today(), status: "pending_review" })
      await transition(submitted.id, { to: "valid" })
      const { data } = await api.get(`/store/ocop/products/${product.handle}`, { headers: storeHeaders })
      expect(data.product.certificate.stars).toBe(4)
      expect(data.product.rating_history.map((c: any) => [c.stars, c.status])).toEqual([
        [4, "valid"],
        [3, "superseded"],
      ])
      const [replaced] = await getContainer().resolve("ocop").listCertificates({ id: old.id })
      expect(replaced).toEqual(
        expect.objectContaining({ status: "superseded", superseded_reason: "upgraded", superseded_by_id: submitted.id })
      )
      expect((await events(old.id)).at(-1)).toEqual(
        expect.objectContaining({ from_status: "valid", to_status: "superseded", reason: "upgraded" })
      )
    })

    it("refuses to verify a submission while the product's certificate in force is suspended, and changes nothing", async () => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, "Tinh dầu tràm đang xem xét")
      const old = await recordCertificate(api, adminHeaders, product.id, { stars: 4 })
      await transition(old.id, { to: "suspended", reason: "Kiểm tra chất lượng" })
      const submitted = await recordCertificate(api, adminHeaders, product.id, { stars: 4, issued_at: today(), status: "pending_review" })
      const res = await failed(transition(submitted.id, { to: "valid" }))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/tạm dừng để xem xét/)
      const ocop = getContainer().resolve("ocop")
      expect((await ocop.listCertificates({ id: [old.id, submitted.id] })).map((c: any) => [c.id, c.status]).sort()).toEqual(
        [
          [old.id, "suspended"],
          [submitted.id, "pending_review"],
        ].sort()
      )
    })

    it("sells on the last day of validity and stops the day after, when the clock runs", async () => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, "Cu đơ hết hạn")
      const validUntil = today(30)
      const certificate = await recordCertificate(api, adminHeaders, product.id, { valid_until: validUntil })
      const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00+07:00`)

      const lastDay = await expireCertificatesWorkflow(getContainer()).run({ input: { now: at(validUntil, 23) } })
      expect(lastDay.result).not.toContain(certificate.id)
      expect(await isListed(product.handle)).toBe(true)

      const dayAfter = await expireCertificatesWorkflow(getContainer()).run({ input: { now: at(addDays(validUntil, 1), 0) } })
      expect(dayAfter.result).toContain(certificate.id)
      expect(await isListed(product.handle)).toBe(false)
      expect((await events(certificate.id)).at(-1)).toEqual(
        expect.objectContaining({ from_status: "valid", to_status: "expired", actor_type: "system" })
      )
    })

    it("raises expiring-soon notices at 180, 120, 30 and 7 days before expiry, once each", async () => {
      const product = await draftProduct(api, adminHeaders, salesChannelId, "Nhung hươu nhắc hạn")
      const validUntil = today(200)
      const certificate = await recordCertificate(api, adminHeaders, product.id, { valid_until: validUntil })
      const noticesSent = async () =>
        (
          await getContainer()
            .resolve(Modules.NOTIFICATION)
            .listNotifications({ resource_id: certificate.id } as any)
        )
          .map((n: any) => n.data.band_days)
          .sort((a: number, b: number) => b - a)
      const runClockAt = (daysBeforeExpiry: number) =>
        runCertificateClock(getContainer(), new Date(`${addDays(validUntil, -daysBeforeExpiry)}T08:00:00+07:00`))

      await runClockAt(181)
      expect(await noticesSent()).toEqual([])
      await runClockAt(180)
      await runClockAt(180)
      await runClockAt(150)
      expect(await noticesSent()).toEqual([180])
      for (const day of [120, 90, 30, 29, 7, 3]) await runClockAt(day)
      expect(await noticesSent()).toEqual([180, 120, 30, 7])
    })

    describe("named events per fact, beside the generic change event", () => {
      // The Event Module's own emit, observed: what every subscriber would receive.
      let emit: jest.SpyInstance
      beforeEach(() => {
        emit = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
      })
      afterEach(() => emit.mockRestore())
      const emitted = (certificateId: string) =>
        emit.mock.calls
          .flatMap(([messages]) => [messages].flat())
          .filter((message: any) => message.data?.certificate_id === certificateId)
          .map((message: any) => [message.name, message.data])

      it("tells the life of a submission: recorded, approved, suspended, reinstated, revoked", async () => {
        const product = await draftProduct(api, adminHeaders, salesChannelId, "Mứt gừng kể chuyện")
        const certificate = await recordCertificate(api, adminHeaders, product.id, { status: "pending_review" })
        await transition(certificate.id, { to: "valid" })
        await transition(certificate.id, { to: "suspended", reason: "Khiếu nại của người mua" })
        await transition(certificate.id, { to: "valid", reason: "Kết quả kiểm tra đạt" })
        await transition(certificate.id, { to: "revoked", reason: "Sử dụng nhãn sai", revocation_ground: "ocop_mark_misuse" })
        const id = certificate.id
        expect(emitted(id).filter(([name]) => name !== "ocop.certificate.changed")).toEqual([
          ["ocop.certificate.recorded", { certificate_id: id, to: "pending_review" }],
          ["ocop.certificate.approved", { certificate_id: id, to: "valid" }],
          ["ocop.certificate.suspended", { certificate_id: id, to: "suspended" }],
          ["ocop.certificate.reinstated", { certificate_id: id, to: "valid" }],
          ["ocop.certificate.revoked", { certificate_id: id, to: "revoked" }],
        ])
        // the generic event still comes once per change, for the subscribers that rely on it
        expect(
          emitted(id)
            .filter(([name]) => name === "ocop.certificate.changed")
            .map(([, data]) => data.to)
        ).toEqual(["pending_review", "valid", "suspended", "valid", "revoked"])
      })

      it("names a replaced certificate after the new evaluation (downgraded, upgraded) and the clock's lapse (expired)", async () => {
        const product = await draftProduct(api, adminHeaders, salesChannelId, "Chè Hàm Rồng kể chuyện")
        const first = await recordCertificate(api, adminHeaders, product.id, { stars: 4 })
        const lower = await recordCertificate(api, adminHeaders, product.id, {
          stars: 3,
          issued_at: today(),
          supersedes: { certificate_id: first.id, reason: "downgraded" },
        })
        expect(emitted(first.id)).toContainEqual([
          "ocop.certificate.downgraded",
          { certificate_id: first.id, to: "superseded", superseded_by_id: lower.id },
        ])

        const higher = await recordCertificate(api, adminHeaders, product.id, { stars: 4, issued_at: today(), status: "pending_review" })
        await transition(higher.id, { to: "valid" })
        expect(emitted(lower.id)).toContainEqual([
          "ocop.certificate.upgraded",
          { certificate_id: lower.id, to: "superseded", superseded_by_id: higher.id },
        ])
        expect(emitted(higher.id)).toContainEqual(["ocop.certificate.approved", { certificate_id: higher.id, to: "valid" }])

        const lapsing = await recordCertificate(
          api,
          adminHeaders,
          (await draftProduct(api, adminHeaders, salesChannelId, "Kẹo cu đơ kể chuyện")).id,
          {
            valid_until: today(5),
          }
        )
        await expireCertificatesWorkflow(getContainer()).run({ input: { now: new Date(`${today(6)}T08:00:00+07:00`) } })
        expect(emitted(lapsing.id)).toContainEqual(["ocop.certificate.expired", { certificate_id: lapsing.id, to: "expired" }])
      })
    })

    describe("office workspace API", () => {
      const list = async (params: string) =>
        (await api.get(`/admin/ocop/certificates?${params}`, { headers: adminHeaders })).data.certificates.map(
          (c: any) => c.verification_code
        )

      it("lists suspended, revoked and expiring certificates, filtered by province and stars", async () => {
        expect(await list("status=suspended")).toEqual(["VN-HT13"])
        expect(await list("status=revoked")).toEqual(["VN-HT41"])
        const expiring = await list("expiring_within_days=180")
        expect(expiring).toContain("VN-HT06")
        expect(expiring).not.toContain("VN-HT05")
        const quangTri = await list("status=valid&province_code=44")
        expect(quangTri.length).toBeGreaterThan(0)
        expect(quangTri.every((code: string) => code.startsWith("VN-QT"))).toBe(true)
        const { data: page } = await api.get("/admin/ocop/certificates?province_code=42&stars=4&limit=2", { headers: adminHeaders })
        expect(page.certificates).toHaveLength(2)
        expect(page.count).toBeGreaterThan(2)
        const { data: all } = await api.get("/admin/ocop/certificates?province_code=42&stars=4&limit=100", { headers: adminHeaders })
        expect(all.certificates).toHaveLength(page.count)
        expect(all.certificates.every((c: any) => c.producer.province_code === "42" && c.stars === 4)).toBe(true)
        expect(await list("stars=5")).toEqual(["VN-HT05"])
        const bad = await failed(api.get("/admin/ocop/certificates?stars=7", { headers: adminHeaders }))
        expect(bad.status).toBe(400)
      })

      it("gives a product's rating history with events and the actions allowed now", async () => {
        const product = await draftProduct(api, adminHeaders, salesChannelId, "Tiêu Cùa lịch sử")
        const old = await recordCertificate(api, adminHeaders, product.id, { stars: 3 })
        await recordCertificate(api, adminHeaders, product.id, {
          stars: 4,
          issued_at: today(),
          supersedes: { certificate_id: old.id, reason: "upgraded" },
        })
        const { data } = await api.get(`/admin/ocop/products/${product.id}/certificates`, { headers: adminHeaders })
        expect(data.certificates.map((c: any) => [c.stars, c.status])).toEqual([
          [4, "valid"],
          [3, "superseded"],
        ])
        expect(data.certificates[0].allowed_transitions).toEqual(expect.arrayContaining(["suspended", "revoked"]))
        expect(data.certificates[1].events.map((e: any) => e.to_status)).toEqual(["superseded", "valid"])
      })
    })
  },
})
