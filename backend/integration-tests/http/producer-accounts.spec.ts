import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import { createOfficeUser } from "../helpers/admin"
import { failed } from "../helpers/http"
import { bearer, loginProducer, onboardProducer, profile, registerProducerLogin } from "../helpers/producer"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
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
    })

    it("lets the office list producers awaiting approval and approve, reject or suspend them", async () => {
      const { producer } = await onboardProducer(api, "htx-d@ocop.test", "HTX D")
      const { data: queue } = await api.get("/admin/ocop/producers?approval_status=pending_approval", { headers: adminHeaders })
      expect(queue.producers.map((p: any) => p.id)).toContain(producer.id)
      const noReason = await failed(api.post(`/admin/ocop/producers/${producer.id}/approval`, { decision: "reject" }, { headers: adminHeaders }))
      expect(noReason.status).toBe(400)
      const { data } = await api.post(`/admin/ocop/producers/${producer.id}/approval`, { decision: "approve" }, { headers: adminHeaders })
      expect(data.producer.approval_status).toBe("approved")
      const { data: suspended } = await api.post(
        `/admin/ocop/producers/${producer.id}/approval`,
        { decision: "suspend", reason: "Kiểm tra an toàn thực phẩm" },
        { headers: adminHeaders }
      )
      expect(suspended.producer).toEqual(expect.objectContaining({ approval_status: "suspended", rejection_reason: "Kiểm tra an toàn thực phẩm" }))
    })
  },
})
