import { spawn } from "node:child_process"
import { join } from "node:path"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"
import { createOfficeUser } from "../helpers/admin"
import { attack, defineAttackArea } from "../helpers/attacks"
import { draftProduct, recordCertificate } from "../helpers/certificates"

/**
 * Secrets: an outsider who knows the secrets published in docs and in earlier versions of this
 * repository ("supersecret", docker-compose's "change-me-*") forges an office token, and a
 * production start that lacks a secret must refuse to run instead of falling back to one.
 */
const PUBLISHED_SECRETS = ["supersecret", "change-me-jwt", "change-me-cookie"]
const BACKEND_DIR = join(__dirname, "..", "..")

/** A token the way Medusa signs an admin session, for a user id that exists nowhere. */
const forgedOfficeToken = (secret: string) =>
  generateJwtToken(
    {
      actor_id: "user_01FORGEDOFFICE00000000000",
      actor_type: "user",
      auth_identity_id: "authid_01FORGED000000000000000",
      app_metadata: { user_id: "user_01FORGEDOFFICE00000000000" },
    },
    { secret, expiresIn: "1d" }
  )

type Start = { code: number | null; output: string; answered: boolean }

/**
 * `medusa start` in production mode with the given secrets. The database does not exist, so a start
 * that got past its configuration stops at the database instead of serving.
 */
function productionStart(secrets: Record<string, string | undefined>): Promise<Start> {
  const { JWT_SECRET: _j, COOKIE_SECRET: _c, REDIS_URL: _r, ...inherited } = process.env
  const port = String(9300 + Math.floor(Math.random() * 90))
  const env: Record<string, string> = {
    ...(inherited as Record<string, string>),
    NODE_ENV: "production",
    PORT: port,
    DATABASE_URL: "postgres://postgres@localhost:5432/ocop_secrets_attack_no_such_db",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  for (const [name, value] of Object.entries(secrets)) if (value !== undefined) env[name] = value
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["medusa", "start"], { cwd: BACKEND_DIR, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000)
    child.on("error", reject)
    child.on("exit", async (code) => {
      clearTimeout(timer)
      const answered = await fetch(`http://localhost:${port}/health`).then(
        () => true,
        () => false
      )
      resolve({ code, output, answered })
    })
  })
}

export default defineAttackArea({
  name: "secrets",
  setup: async ({ api, getContainer }) => {
    const container = getContainer()
    const { headers } = await createOfficeUser(container, "secrets-office@ocop.test")
    const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels([{ name: "Kênh tấn công bí mật" }])
    const product = await draftProduct(api, headers, salesChannel.id, "Chè búp khô Hương Sơn")
    const certificate = await recordCertificate(api, headers, product.id, { status: "pending_review" })
    return { certificateId: certificate.id as string, productId: product.id as string }
  },
  register: ({ api, getContainer }, fixture) => {
    const certificateState = async () => {
      const ocop = getContainer().resolve("ocop") as any
      const certificate = await ocop.retrieveCertificate(fixture().certificateId)
      const events = await ocop.listCertificateEvents({ certificate_id: fixture().certificateId })
      return { status: certificate.status, events: events.length }
    }

    attack("a token signed with a published secret for a user that does not exist is refused on /admin/ocop/*", async (probe) => {
      const before = await certificateState()
      for (const secret of PUBLISHED_SECRETS) {
        const headers = { authorization: `Bearer ${forgedOfficeToken(secret)}` }
        await probe.refused(api.get("/admin/ocop/certificates", { headers }), [401])
        await probe.refused(api.get("/admin/ocop/dashboard", { headers }), [401])
        await probe.refused(
          api.post(`/admin/ocop/certificates/${fixture().certificateId}/transitions`, { to: "valid" }, { headers }),
          [401]
        )
      }
      await probe.unchanged(async () => {
        expect(await certificateState()).toEqual(before)
        expect(before.status).toBe("pending_review")
        const product = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(fixture().productId)
        expect(product.status).toBe("draft")
      })
    })

    attack(
      "a production start without JWT_SECRET refuses to run and names the variable",
      async (probe) => {
        const start = await productionStart({ COOKIE_SECRET: "a-long-random-cookie-secret-for-this-test" })
        probe.refusedBy(`exit ${start.code}: ${start.output.slice(-400)}`, start.code !== 0 && /JWT_SECRET is not set/.test(start.output))
        await probe.unchanged(() => {
          expect(start.answered).toBe(false)
          expect(start.output).not.toMatch(/Server is ready/i)
        })
      },
      120_000
    )

    attack(
      "a production start with a published secret or without COOKIE_SECRET refuses to run and names the variable",
      async (probe) => {
        const strong = "a-long-random-secret-for-this-test"
        const cases: [Record<string, string | undefined>, RegExp][] = [
          [{ JWT_SECRET: "supersecret", COOKIE_SECRET: strong }, /JWT_SECRET is a published example value/],
          [{ JWT_SECRET: strong, COOKIE_SECRET: "change-me-cookie" }, /COOKIE_SECRET is a published example value/],
          [{ JWT_SECRET: strong }, /COOKIE_SECRET is not set/],
        ]
        const starts = await Promise.all(cases.map(([secrets]) => productionStart(secrets)))
        starts.forEach((start, i) =>
          probe.refusedBy(`case ${i}: exit ${start.code}: ${start.output.slice(-400)}`, start.code !== 0 && cases[i][1].test(start.output))
        )
        await probe.unchanged(() => {
          for (const start of starts) expect(start.answered).toBe(false)
        })
      },
      180_000
    )

    it("a production start with strong secrets gets past its configuration (the refusals above are about the secrets)", async () => {
      const start = await productionStart({
        JWT_SECRET: "a-long-random-secret-for-this-test",
        COOKIE_SECRET: "another-long-random-secret-here",
      })
      expect(start.output).not.toMatch(/MissingSecretError|_SECRET is/)
      expect(start.output).toMatch(/ocop_secrets_attack_no_such_db/)
    }, 120_000)
  },
})
