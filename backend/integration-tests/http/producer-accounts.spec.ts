import { integrationTestRunner } from "../helpers/runner"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import { createOfficeUser } from "../helpers/admin"
import { failed } from "../helpers/http"
import { addDays, vietnamDate } from "@ocop/domain"
import { bearer, loginProducer, onboardProducer, profile, registerProducerLogin } from "../helpers/producer"

jest.setTimeout(120 * 1000)

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
    })

    it("registers a producer login, onboards a producer awaiting approval with its owner and warehouse", async () => {
      const { token, producer, member } = await onboardProducer(api, "htx-a@ocop.test", "HTX Nước mắm Cẩm Nhượng")
      expect(producer).toEqual(expect.objectContaining({ approval_status: "pending_approval", province_code: "42", phone: "0912345678" }))
      expect(member).toEqual(expect.objectContaining({ role: "owner", email: "htx-a@ocop.test" }))
      const { data: me } = await api.get("/producer/me", bearer(token))
      expect(me.producer.id).toBe(producer.id)
      expect(me.member.id).toBe(member.id)
      const { data: locations } = await api.get("/producer/stock-locations", bearer(token)).catch((e: any) => ({ data: null, e }))
      if (locations) expect(locations.stock_locations.map((l: any) => l.name)).toEqual(["Kho HTX Nước mắm Cẩm Nhượng"])
      // a fresh login gives the same portal
      const again = await loginProducer(api, "htx-a@ocop.test")
      expect((await api.get("/producer/me", bearer(again))).data.member.id).toBe(member.id)
    })

    it("refuses a second onboarding for the same login, and onboarding without a tax code or registration number", async () => {
      const first = await registerProducerLogin(api, "htx-b@ocop.test")
      const missing = await failed(api.post("/producer/onboarding", profile("Tổ hợp tác B", { tax_code: undefined }), bearer(first)))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toContain("mã số thuế hoặc số đăng ký kinh doanh")
      await api.post("/producer/onboarding", profile("Tổ hợp tác B"), bearer(first))
      const twice = await failed(api.post("/producer/onboarding", profile("Tổ hợp tác B lần hai"), bearer(first)))
      expect(twice.status).toBe(400)
      const producers = await getContainer().resolve(PRODUCER_MODULE).listProducers({ name: "Tổ hợp tác B lần hai" })
      expect(producers).toHaveLength(0)
    })

    it("registering an address whose login serves someone answers 409 auth.email_taken; an unbound login resumes with its password", async () => {
      await onboardProducer(api, "htx-taken@ocop.test", "HTX Đã có")
      for (const actor of ["producer", "customer"]) {
        const taken = await failed(
          api.post(`/auth/${actor}/emailpass/register`, { email: "htx-taken@ocop.test", password: "mat-khau-khac-2026" })
        )
        expect(taken.status).toBe(409)
        expect(taken.data.code).toBe("auth.email_taken")
      }
      // registered but not yet onboarded: the same address and password give a token again
      await registerProducerLogin(api, "cho-lam@ocop.test")
      expect(await registerProducerLogin(api, "cho-lam@ocop.test")).toEqual(expect.any(String))
    })

    it("invites a member who accepts with their own login; the owner removes them", async () => {
      const owner = await onboardProducer(api, "owner-c@ocop.test", "Hộ kinh doanh C")
      const { data } = await api.post("/producer/members/invites", { email: "Member-C@ocop.test" }, bearer(owner.token))
      expect(data.invite).toEqual(expect.objectContaining({ email: "member-c@ocop.test", token: expect.any(String) }))
      const stranger = await registerProducerLogin(api, "stranger@ocop.test")
      expect((await failed(api.post("/producer/invites/accept", { token: data.invite.token }, bearer(stranger)))).status).toBe(400)
      const login = await registerProducerLogin(api, "member-c@ocop.test")
      const { data: accepted } = await api.post("/producer/invites/accept", { token: data.invite.token }, bearer(login))
      expect(accepted.member).toEqual(expect.objectContaining({ role: "member", producer_id: owner.producer.id }))
      const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(login))
      const { data: me } = await api.get("/producer/me", bearer(refreshed.token))
      expect(me.producer.id).toBe(owner.producer.id)
      // a member cannot invite; the owner cannot remove themself
      expect((await failed(api.post("/producer/members/invites", { email: "x@ocop.test" }, bearer(refreshed.token)))).status).toBe(403)
      expect((await failed(api.delete(`/producer/members/${owner.member.id}`, bearer(owner.token)))).status).toBe(400)
      await api.delete(`/producer/members/${accepted.member.id}`, bearer(owner.token))
      expect((await failed(api.get("/producer/me", bearer(refreshed.token)))).status).toBe(401)
      // the same login can be invited again later
      const { data: again } = await api.post("/producer/members/invites", { email: "member-c@ocop.test" }, bearer(owner.token))
      const relogin = await loginProducer(api, "member-c@ocop.test")
      await api.post("/producer/invites/accept", { token: again.invite.token }, bearer(relogin))
      const { data: back } = await api.post("/auth/token/refresh", {}, bearer(relogin))
      expect((await api.get("/producer/me", bearer(back.token))).data.producer.id).toBe(owner.producer.id)
    })

    it("lets the office list producers awaiting approval and approve, reject or suspend them", async () => {
      const { producer } = await onboardProducer(api, "htx-d@ocop.test", "HTX D")
      const { data: queue } = await api.get("/admin/ocop/producers?approval_status=pending_approval", { headers: adminHeaders })
      expect(queue.producers.map((p: any) => p.id)).toContain(producer.id)
      const noReason = await failed(
        api.post(`/admin/ocop/producers/${producer.id}/approval`, { decision: "reject" }, { headers: adminHeaders })
      )
      expect(noReason.status).toBe(400)
      const { data } = await api.post(`/admin/ocop/producers/${producer.id}/approval`, { decision: "approve" }, { headers: adminHeaders })
      expect(data.producer.approval_status).toBe("approved")
      const { data: suspended } = await api.post(
        `/admin/ocop/producers/${producer.id}/approval`,
        { decision: "suspend", reason: "Kiểm tra an toàn thực phẩm" },
        { headers: adminHeaders }
      )
      expect(suspended.producer).toEqual(
        expect.objectContaining({ approval_status: "suspended", rejection_reason: "Kiểm tra an toàn thực phẩm" })
      )
    })

    it("files a re-evaluation only inside the 180–120-day window, with the certificate's history", async () => {
      const { token, producer } = await onboardProducer(api, "htx-e@ocop.test", "HTX E")
      await api.post(`/admin/ocop/producers/${producer.id}/approval`, { decision: "approve" }, { headers: adminHeaders })
      const certified = async (sku: string, decisionDate: string) => {
        const { data } = await api.post(
          "/producer/products",
          { title: `Sản phẩm ${sku}`, product_set_code: 1, variants: [{ title: "Chai", sku, price: 50000 }] },
          bearer(token)
        )
        const { data: cert } = await api.post(
          "/producer/certificates",
          {
            product_id: data.product.id,
            decision_number: `${sku}/QĐ`,
            decision_date: decisionDate,
            issuer: "UBND tỉnh Hà Tĩnh",
            stars: 3,
            scan_url: "https://ocop.example/qd.pdf",
          },
          bearer(token)
        )
        await api.post(`/admin/ocop/certificates/${cert.certificate.id}/transitions`, { to: "valid" }, { headers: adminHeaders })
        return cert.certificate.id as string
      }
      const inWindow = await certified("E-OLD", addDays(vietnamDate(new Date()), -920))
      const recent = await certified("E-NEW", addDays(vietnamDate(new Date()), -30))

      const { data: list } = await api.get("/producer/certificates", bearer(token))
      expect(list.certificates.find((c: any) => c.id === inWindow)).toEqual(
        expect.objectContaining({ status: "valid", effective_status: "expiring_soon", in_reevaluation_window: true })
      )
      const tooEarly = await failed(api.post(`/producer/certificates/${recent}/reevaluation`, {}, bearer(token)))
      expect(tooEarly.status).toBe(400)
      // one message, whoever files: the producer here, the office through the transitions route
      expect(tooEarly.data.code).toBe("ocop.certificate.outside_reevaluation_window")
      expect(tooEarly.data.message).toContain("Hồ sơ đánh giá lại chỉ được nộp từ")

      const { data } = await api.post(
        `/producer/certificates/${inWindow}/reevaluation`,
        { dossier_file_url: "https://ocop.example/ho-so.pdf" },
        bearer(token)
      )
      expect(data.certificate.status).toBe("reevaluation_pending")
      const { data: detail } = await api.get(`/producer/certificates/${inWindow}`, bearer(token))
      expect(detail.certificate.events.map((e: any) => e.to_status)).toEqual(["pending_review", "valid", "reevaluation_pending"])
      expect((await failed(api.post(`/producer/certificates/${inWindow}/reevaluation`, {}, bearer(token)))).status).toBe(400)
    })

    describe("bad input: a 4xx with a Vietnamese message, nothing stored", () => {
      let token: string
      let productCount: () => Promise<number>
      const product = (variants: any[], extra: Record<string, unknown> = {}) => ({
        title: "Nước mắm thử",
        product_set_code: 1,
        variants,
        ...extra,
      })
      const variant = (overrides: Record<string, unknown> = {}) => ({ title: "Chai 500 ml", sku: "THU-500", price: 120000, ...overrides })

      // The runner restores the database before every test: each test onboards its own producer.
      beforeEach(async () => {
        ;({ token } = await onboardProducer(api, "bad-input@ocop.test", "HTX Thử dữ liệu"))
        productCount = async () => (await api.get("/producer/products", bearer(token))).data.count
      })

      const refused = async (path: string, body: unknown, pattern: RegExp) => {
        const before = await productCount()
        const response = await failed(api.post(path, body, bearer(token)))
        expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(pattern)])
        expect(await productCount()).toBe(before)
        return response
      }

      it("refuses negative, zero and fractional prices", async () => {
        await refused("/producer/products", product([variant({ price: -1000 })]), /Giá phải lớn hơn 0 đồng/)
        await refused("/producer/products", product([variant({ price: 0 })]), /Giá phải lớn hơn 0 đồng/)
        await refused("/producer/products", product([variant({ price: 1250.5 })]), /Giá phải là số nguyên đồng/)
        await refused("/producer/products", product([variant({ price: "120000" })]), /Giá phải là số đồng/)
      })

      it("refuses an invalid GTIN check digit and a missing product set", async () => {
        await refused("/producer/products", product([variant({ barcode: "8931234567890" })]), /Mã vạch GTIN không hợp lệ/)
        await refused("/producer/products", { title: "Không bộ", variants: [variant()] }, /bộ sản phẩm OCOP/)
      })

      it("refuses duplicate SKUs, in the same product and against an existing one", async () => {
        await refused("/producer/products", product([variant(), variant({ title: "Chai 1 lít" })]), /SKU bị trùng/)
        const { data } = await api.post("/producer/products", product([variant({ sku: "DA-CO-500" })]), bearer(token))
        await refused(
          "/producer/products",
          product([variant({ sku: "DA-CO-500" })], { title: "Bản sao" }),
          /Mã SKU đã được dùng: DA-CO-500/
        )
        const dupVariant = await failed(
          api.post(`/producer/products/${data.product.id}/variants`, variant({ sku: "DA-CO-500", title: "Chai 1 lít" }), bearer(token))
        )
        expect([dupVariant.status, dupVariant.data.message]).toEqual([400, expect.stringContaining("Mã SKU đã được dùng")])
        expect((await api.get(`/producer/products/${data.product.id}`, bearer(token))).data.product.variants).toHaveLength(1)
        const badPrice = await failed(
          api.post(`/producer/products/${data.product.id}/variants/${data.product.variants[0].id}`, { price: 99.9 }, bearer(token))
        )
        expect(badPrice.status).toBe(400)
        expect((await api.get(`/producer/products/${data.product.id}`, bearer(token))).data.product.variants[0].price).toBe(120000)
        const negativeStock = await failed(
          api.post(
            "/producer/inventory",
            { variant_id: data.product.variants[0].id, location_id: "x", stocked_quantity: -3 },
            bearer(token)
          )
        )
        expect([negativeStock.status, negativeStock.data.message]).toEqual([400, expect.stringContaining("số nguyên ≥ 0")])
      })

      it("refuses a certificate without its scan, decision number or a certified star level, and stores none", async () => {
        const { data } = await api.post(
          "/producer/products",
          product([variant({ sku: "CERT-500" })], { title: "Sản phẩm chờ chứng nhận" }),
          bearer(token)
        )
        const complete = {
          product_id: data.product.id,
          decision_number: "77/QĐ-UBND",
          decision_date: "2026-03-01",
          issuer: "UBND tỉnh Hà Tĩnh",
          stars: 4,
          scan_url: "https://ocop.example/77.pdf",
        }
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ scan_url: undefined }, /bản quét quyết định/],
          [{ decision_number: undefined }, /Thiếu số quyết định/],
          [{ decision_number: "  " }, /Thiếu số quyết định/],
          [{ stars: 2 }, /3, 4 hoặc 5 sao/],
          [{ decision_date: "2026-02-30" }, /Ngày không tồn tại/],
          [{ score: 60 }, /Số sao cao hơn mức điểm/],
        ]
        for (const [change, pattern] of cases) {
          const response = await failed(api.post("/producer/certificates", { ...complete, ...change }, bearer(token)))
          expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(pattern)])
        }
        const { data: certificates } = await api.get("/producer/certificates", bearer(token))
        expect(certificates.certificates).toHaveLength(0)
      })

      const upload = (files: { name: string; type: string; bytes: Buffer }[], query = "") => {
        const form = new FormData()
        for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
        return api.post(`/producer/uploads${query}`, form, bearer(token))
      }
      // a real 1×1 PNG: uploads are decoded and encoded again, so a bare signature no longer passes
      const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")
      const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)])

      it("stores a photo and a PDF decision scan, and refuses oversize files, non-images dressed as images and PDFs as photos", async () => {
        // photos are for approved producers (one awaiting approval uploads a few onboarding documents only)
        const { data: me } = await api.get("/producer/me", bearer(token))
        await api.post(`/admin/ocop/producers/${me.producer.id}/approval`, { decision: "approve" }, { headers: adminHeaders })
        const { data } = await upload([{ name: "Ảnh chai mắm.png", type: "image/png", bytes: PNG }])
        expect(data.files).toEqual([expect.objectContaining({ id: expect.any(String), url: expect.stringMatching(/\.png$/) })])
        const scan = await upload(
          [{ name: "quyet-dinh.pdf", type: "application/pdf", bytes: Buffer.from("%PDF-1.7 scan\n%%EOF\n") }],
          "?purpose=certificate_scan"
        )
        expect(scan.data.files).toHaveLength(1)

        const oversize = await failed(
          upload([{ name: "lon.jpg", type: "image/jpeg", bytes: Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]) }])
        )
        expect([oversize.status, oversize.data.message]).toEqual([400, expect.stringContaining("Tệp quá lớn")])
        const disguised = await failed(upload([{ name: "virus.png", type: "image/png", bytes: Buffer.from("MZ not a picture") }]))
        expect([disguised.status, disguised.data.message]).toEqual([400, expect.stringContaining("Chỉ nhận ảnh JPEG, PNG hoặc WebP")])
        const pdfAsPhoto = await failed(upload([{ name: "anh.pdf", type: "application/pdf", bytes: Buffer.from("%PDF-1.7") }]))
        expect(pdfAsPhoto.status).toBe(400)
        // one bad file refuses the whole batch
        const mixed = await failed(
          upload([
            { name: "ok.png", type: "image/png", bytes: PNG },
            { name: "x.gif", type: "image/gif", bytes: Buffer.from("GIF89a") },
          ])
        )
        expect([mixed.status, mixed.data.message]).toEqual([400, expect.stringContaining("x.gif")])
        expect((await failed(upload([]))).status).toBe(400)
      })
    })
  },
})
