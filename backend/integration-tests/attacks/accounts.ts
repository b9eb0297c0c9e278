import { Modules } from "@medusajs/framework/utils"
import { attemptCounter } from "../../src/lib/auth/attempt-counter"
import { accountKey, addressKey } from "../../src/lib/auth/login-limits"
import { hashInvitationToken } from "../../src/lib/auth/identities"
import { RETAIL_MODULE } from "../../src/modules/retail"
import { createOfficeUser } from "../helpers/admin"
import { attack, defineAttackArea } from "../helpers/attacks"
import { bearer, onboardProducer, registerProducerLogin } from "../helpers/producer"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import { inviteToken, openSalesPoint, staffOf } from "../helpers/retail"

/**
 * Accounts: nobody takes over a login they did not create (pre-registered e-mails, invitation
 * links used twice, expired or forged), the office's disable and remove end sessions at once,
 * guessing passwords stops after a few tries, and weak passwords are refused for every actor.
 */
type Fixture = {
  office: Record<string, string>
  point: any
  shopperEmail: string
  producerEmail: string
  openToken: string
  openEmail: string
  usedToken: string
  usedEmail: string
  expiredToken: string
  expiredEmail: string
  clerk: Record<string, string>
  clerkEmail: string
  clerkId: string
  guessedEmail: string
  owner: string
  memberInviteToken: string
  memberEmail: string
}

const PASSWORD = "mat-khau-2026"
const SHOPPER_PASSWORD = "mat-khau-khach-2026"

export default defineAttackArea<Fixture>({
  name: "accounts",
  async setup({ api, getContainer }) {
    const container = getContainer()
    const { headers: office } = await createOfficeUser(container, "accounts-office@ocop.test")
    const point = await openSalesPoint(api, office, "Điểm bán Tài khoản")
    const staffUrl = `/admin/ocop/sales-points/${point.id}/staff`

    // a shopper registered the address the office will type for a new clerk
    const shopperEmail = "lan.quay@ocop.test"
    await api.post("/auth/customer/emailpass/register", { email: shopperEmail, password: SHOPPER_PASSWORD })
    const producerEmail = "htx-tai-khoan@ocop.test"
    await registerProducerLogin(api, producerEmail)

    const invite = async (email: string) => (await api.post(staffUrl, { email, name: `Nhân viên ${email}` }, { headers: office })).data
    const openEmail = "moi-chua-nhan@pos.test"
    const openToken = inviteToken((await invite(openEmail)).invite.url)
    const usedEmail = "moi-da-nhan@pos.test"
    const usedToken = inviteToken((await invite(usedEmail)).invite.url)
    await api.post(`/pos/invites/${usedToken}`, { password: PASSWORD })
    const expiredEmail = "moi-het-han@pos.test"
    const expiredToken = inviteToken((await invite(expiredEmail)).invite.url)
    const retail: any = container.resolve(RETAIL_MODULE)
    const [expired] = await retail.listStaffInvites({ token_hash: hashInvitationToken(expiredToken) })
    await retail.updateStaffInvites({ id: expired.id, expires_at: new Date(Date.now() - 60_000) })

    const clerkEmail = "quay-tai-khoan@pos.test"
    const clerk = await staffOf(api, office, point.id, clerkEmail, PASSWORD)
    const clerkId = (await api.get("/pos/me", { headers: clerk })).data.staff.id
    // a login whose password an attacker tries to guess (its own address, so other attacks can log in freely)
    const guessedEmail = "doan-mat-khau@pos.test"
    await staffOf(api, office, point.id, guessedEmail, PASSWORD)
    // a producer owner with an open invitation for a second member
    const owner = (await onboardProducer(api, "chu-htx-tai-khoan@ocop.test", "HTX Tài khoản")).token
    const memberEmail = "thanh-vien-moi@ocop.test"
    const memberInviteToken = (await api.post("/producer/members/invites", { email: memberEmail }, bearer(owner))).data.invite.token
    return {
      office,
      point,
      shopperEmail,
      producerEmail,
      openToken,
      openEmail,
      usedToken,
      usedEmail,
      expiredToken,
      expiredEmail,
      clerk,
      clerkEmail,
      clerkId,
      guessedEmail,
      owner,
      memberInviteToken,
      memberEmail,
    }
  },
  register({ api, getContainer }, fixture) {
    const staffUrl = () => `/admin/ocop/sales-points/${fixture().point.id}/staff`
    const identityOf = async (email: string) => {
      const [identity] = await getContainer()
        .resolve(Modules.AUTH)
        .listAuthIdentities({ provider_identities: { entity_id: email, provider: "emailpass" } } as any, {
          relations: ["provider_identities"],
        })
      return identity ?? null
    }
    const staffRows = async (email: string) => (await (getContainer().resolve(RETAIL_MODULE) as any).listStaff({ email })) as any[]
    const loginStatus = (email: string, password: string) =>
      api.post("/auth/sales_point/emailpass", { email, password }).then(
        (r: any) => r.status,
        (e: any) => e.response.status
      )
    const sales = async () =>
      (await api.get(`/pos/points/${fixture().point.id}/stock-movements`, { headers: fixture().clerk }).catch((e: any) => e.response)).data

    attack(
      "the office invites a clerk at an e-mail a shopper registered first: refused 409, the shopper's password opens no counter",
      async (probe) => {
        const { shopperEmail, office } = fixture()
        const refused = await probe.refused(api.post(staffUrl(), { email: shopperEmail, name: "Lê Thị Lan" }, { headers: office }), [409])
        expect(refused.data.code).toBe("auth.email_taken")
        expect(refused.data.message).toContain("E-mail này đã có tài khoản khác")
        const { data } = await api.post("/auth/sales_point/emailpass", { email: shopperEmail, password: SHOPPER_PASSWORD })
        await probe.refused(api.get("/pos/me", { headers: { authorization: `Bearer ${data.token}` } }), [401])
        await probe.unchanged(async () => {
          expect(await staffRows(shopperEmail)).toHaveLength(0)
          expect((await identityOf(shopperEmail))?.app_metadata?.sales_point_id ?? null).toBeNull()
        })
      }
    )

    attack("the office invites a clerk at a producer's e-mail: refused 409, the producer login is not linked", async (probe) => {
      const { producerEmail, office } = fixture()
      await probe.refused(api.post(staffUrl(), { email: producerEmail.toUpperCase(), name: "Chủ thể" }, { headers: office }), [409])
      await probe.unchanged(async () => {
        expect(await staffRows(producerEmail)).toHaveLength(0)
        expect((await identityOf(producerEmail))?.app_metadata?.sales_point_id ?? null).toBeNull()
      })
    })

    attack("the office types a password for a clerk: refused, the clerk sets their own through the link", async (probe) => {
      const { office } = fixture()
      const refused = await probe.refused(
        api.post(staffUrl(), { email: "co-mat-khau@pos.test", name: "A", password: "mat-khau-2026" }, { headers: office }),
        [400]
      )
      expect(refused.data.message).toContain("nhân viên tự đặt qua đường dẫn mời")
      await probe.unchanged(async () => {
        expect(await staffRows("co-mat-khau@pos.test")).toHaveLength(0)
        expect(await identityOf("co-mat-khau@pos.test")).toBeNull()
      })
    })

    attack("a used invitation link is opened again to set a new password: refused, the first password still works", async (probe) => {
      const { usedToken, usedEmail } = fixture()
      const refused = await probe.refused(api.post(`/pos/invites/${usedToken}`, { password: "mat-khau-ke-gian-2026" }), [400])
      expect(refused.data.code).toBe("pos.invite_invalid")
      expect(refused.data.message).toContain("Đường dẫn mời không hợp lệ")
      await probe.refused(api.get(`/pos/invites/${usedToken}`), [400])
      await probe.unchanged(async () => {
        expect(await loginStatus(usedEmail, "mat-khau-ke-gian-2026")).toBe(401)
        expect(await loginStatus(usedEmail, PASSWORD)).toBe(200)
      })
    })

    attack("an expired invitation link is used: refused, no login created", async (probe) => {
      const { expiredToken, expiredEmail } = fixture()
      await probe.refused(api.post(`/pos/invites/${expiredToken}`, { password: "mat-khau-moi-2026" }), [400])
      await probe.unchanged(async () => {
        expect(await identityOf(expiredEmail)).toBeNull()
        expect((await staffRows(expiredEmail))[0].auth_identity_id).toBeNull()
      })
    })

    attack("a forged invitation token (random, or the stored hash itself) is used: refused, no login created", async (probe) => {
      const { openToken, openEmail } = fixture()
      for (const token of ["khong-co-that", "A".repeat(43), hashInvitationToken(openToken)]) {
        await probe.refused(api.post(`/pos/invites/${token}`, { password: "mat-khau-moi-2026" }), [400])
      }
      await probe.unchanged(async () => {
        expect(await identityOf(openEmail)).toBeNull()
        expect((await api.get(`/pos/invites/${openToken}`)).data.invite.email).toBe(openEmail)
      })
    })

    attack(
      "a shopper registers the invited e-mail before the clerk opens the link: the link refuses (409) rather than hand over the login",
      async (probe) => {
        const { openToken, openEmail } = fixture()
        await api.post("/auth/customer/emailpass/register", { email: openEmail, password: SHOPPER_PASSWORD })
        await probe.refused(api.post(`/pos/invites/${openToken}`, { password: "mat-khau-moi-2026" }), [409])
        await probe.unchanged(async () => {
          expect((await identityOf(openEmail))?.app_metadata?.sales_point_id ?? null).toBeNull()
          expect((await staffRows(openEmail))[0].auth_identity_id).toBeNull()
          expect(await loginStatus(openEmail, "mat-khau-moi-2026")).toBe(401)
        })
      }
    )

    attack(
      "an invitation is accepted with a weak password ('1', a common one, the e-mail): refused, the link stays usable",
      async (probe) => {
        const { openToken, openEmail } = fixture()
        const short = await probe.refused(api.post(`/pos/invites/${openToken}`, { password: "1" }), [400])
        expect(short.data.message).toContain("Mật khẩu quá ngắn")
        await probe.refused(api.post(`/pos/invites/${openToken}`, { password: "12345678" }), [400])
        await probe.refused(api.post(`/pos/invites/${openToken}`, { password: openEmail }), [400])
        await probe.unchanged(async () => {
          expect(await identityOf(openEmail)).toBeNull()
          expect((await api.get(`/pos/invites/${openToken}`)).status).toBe(200)
        })
      }
    )

    attack("a disabled clerk keeps using the token issued before: refused at once, nothing sold or moved", async (probe) => {
      const { office, point, clerk, clerkId } = fixture()
      const before = await sales()
      await api.post(`${staffUrl()}/${clerkId}`, { disabled: true }, { headers: office })
      const refused = await probe.refused(api.get("/pos/me", { headers: clerk }), [401])
      expect(refused.data.code).toBe("pos.staff_disabled")
      await probe.refused(api.post(`/pos/points/${point.id}/stock-movements`, { kind: "receive", items: [] }, { headers: clerk }), [401])
      // enabled again, the old token stays dead: the office ended that session
      await api.post(`${staffUrl()}/${clerkId}`, { disabled: false }, { headers: office })
      const ended = await probe.refused(api.get("/pos/me", { headers: clerk }), [401])
      expect(ended.data.code).toBe("pos.session_ended")
      await probe.unchanged(async () => {
        // token times are whole seconds: a login in the very second of the revocation counts as before it
        await new Promise((r) => setTimeout(r, 1100))
        const fresh = (await api.post("/auth/sales_point/emailpass", { email: fixture().clerkEmail, password: PASSWORD })).data.token
        const after = (
          await api
            .get(`/pos/points/${point.id}/stock-movements`, { headers: { authorization: `Bearer ${fresh}` } })
            .catch((e: any) => e.response)
        ).data
        expect(after?.count ?? after).toEqual(before?.count ?? before)
      })
    })

    attack("a removed clerk keeps the old token and password: both refused, the address is free again", async (probe) => {
      const { office, clerk, clerkId, clerkEmail } = fixture()
      await api.delete(`${staffUrl()}/${clerkId}`, { headers: office })
      await probe.refused(api.get("/pos/me", { headers: clerk }), [401])
      await probe.refused(api.post("/auth/sales_point/emailpass", { email: clerkEmail, password: PASSWORD }), [401])
      await probe.unchanged(async () => {
        expect(await staffRows(clerkEmail)).toHaveLength(0)
        expect(await identityOf(clerkEmail)).toBeNull()
      })
    })

    attack(
      "15 wrong passwords across actor routes, then the right one: 429 with Retry-After and a Vietnamese message, the account untouched",
      async (probe) => {
        const { guessedEmail } = fixture()
        const before = await identityOf(guessedEmail)
        const counter = attemptCounter()
        try {
          const actors = ["sales_point", "user", "customer", "producer"]
          const statuses: number[] = []
          for (let i = 0; i < 15; i++) {
            statuses.push(
              await api.post(`/auth/${actors[i % actors.length]}/emailpass`, { email: guessedEmail, password: `sai-mat-khau-${i}` }).then(
                (r: any) => r.status,
                (e: any) => e.response.status
              )
            )
          }
          expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
          expect(new Set(statuses.slice(5))).toEqual(new Set([429]))
          const locked = await probe.refused(api.post("/auth/sales_point/emailpass", { email: guessedEmail, password: PASSWORD }), [429])
          expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0)
          expect(locked.data.message).toMatch(/^Quá nhiều lần đăng nhập sai\. Vui lòng thử lại sau \d+ phút\./)
          await probe.unchanged(async () => {
            const after = await identityOf(guessedEmail)
            expect(after?.app_metadata).toEqual(before?.app_metadata)
            expect(after?.provider_identities?.[0]?.provider_metadata).toEqual(before?.provider_identities?.[0]?.provider_metadata)
          })
        } finally {
          // the window would outlive this run: leave the next run (and other suites on this Redis) a clean slate
          await counter.reset(accountKey(guessedEmail))
          for (let i = 0; i < 5; i++) await counter.undo(addressKey("::ffff:127.0.0.1"))
        }
      }
    )

    attack("a producer owner invites a shopper's e-mail as a member: refused 409, no invitation stored", async (probe) => {
      const { owner, shopperEmail } = fixture()
      const refused = await probe.refused(api.post("/producer/members/invites", { email: shopperEmail }, bearer(owner)), [409])
      expect(refused.data.code).toBe("auth.email_taken")
      await probe.unchanged(async () => {
        const invites = await (getContainer().resolve(PRODUCER_MODULE) as any).listProducerInvites({ email: shopperEmail })
        expect(invites).toHaveLength(0)
      })
    })

    attack(
      "a member invitation is accepted with the value stored in the database (its hash) or by a shopper's login: refused, nobody joins",
      async (probe) => {
        const { memberInviteToken, memberEmail, shopperEmail } = fixture()
        const producers: any = getContainer().resolve(PRODUCER_MODULE)
        const [stored] = await producers.listProducerInvites({ email: memberEmail })
        expect(stored.token).not.toBe(memberInviteToken)
        const login = await registerProducerLogin(api, memberEmail)
        await probe.refused(api.post("/producer/invites/accept", { token: stored.token }, bearer(login)), [400])
        // the shopper logs in at the producer portal with their own password and tries the real link
        const { data } = await api.post("/auth/producer/emailpass", { email: shopperEmail, password: SHOPPER_PASSWORD })
        await probe.refused(api.post("/producer/invites/accept", { token: memberInviteToken }, bearer(data.token)), [400, 409])
        await probe.unchanged(async () => {
          expect(await producers.listProducerMembers({ email: memberEmail })).toHaveLength(0)
          expect(await producers.listProducerMembers({ email: shopperEmail })).toHaveLength(0)
          expect((await producers.listProducerInvites({ email: memberEmail }))[0].accepted_at).toBeNull()
        })
      }
    )

    attack(
      "registration with password '1' for a producer and a shopper, and any counter self-registration: refused, no login stored",
      async (probe) => {
        for (const actor of ["producer", "customer"]) {
          const refused = await probe.refused(
            api.post(`/auth/${actor}/emailpass/register`, { email: `yeu-${actor}@ocop.test`, password: "1" }),
            [400]
          )
          expect(refused.data.message).toContain("Mật khẩu quá ngắn")
        }
        await probe.refused(api.post("/auth/customer/emailpass/register", { email: "trung@ocop.test", password: "trung@ocop.test" }), [400])
        const self = await probe.refused(
          api.post("/auth/sales_point/emailpass/register", { email: "tu-dang-ky@pos.test", password: "mat-khau-dai-2026" }),
          [400]
        )
        expect(self.data.code).toBe("auth.invitation_only")
        await probe.unchanged(async () => {
          for (const email of ["yeu-producer@ocop.test", "yeu-customer@ocop.test", "trung@ocop.test", "tu-dang-ky@pos.test"]) {
            expect(await identityOf(email)).toBeNull()
          }
        })
      }
    )
  },
})
