import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sharp from "sharp"
import { runOrphanUploadSweep } from "../../src/jobs/remove-orphan-uploads"
import { createOfficeUser } from "../helpers/admin"
import { attack, defineAttackArea } from "../helpers/attacks"
import { bearer, onboardProducer } from "../helpers/producer"

/**
 * Uploads: the portal is not a public file host. A producer awaiting approval uploads a few
 * onboarding documents only; every producer has a quota; images are re-encoded so nothing but
 * pixels is served (a PNG+HTML polyglot loses its HTML) and every file is served with nosniff;
 * non-images never fill an image slot; files nothing refers to are swept away.
 */
type Producer = { token: string; producer: { id: string; handle: string } }
type Fixture = { pending: Producer; approved: Producer; png: Buffer; polyglot: Buffer; pdf: Buffer }

/** Where the local file provider keeps uploads (medusa-config.ts); files on disk outlive the database snapshot, so attacks compare sets. */
const UPLOADS_DIR = join(process.cwd(), process.env.UPLOADS_DIR || "uploads")
const filesOnDisk = () => (existsSync(UPLOADS_DIR) ? readdirSync(UPLOADS_DIR) : [])
const HTML = Buffer.from("<html><body><script>document.title='pwned'</script></body></html>")

export default defineAttackArea<Fixture>({
  name: "uploads",
  async setup({ api, getContainer }) {
    const { headers: office } = await createOfficeUser(getContainer(), "uploads-office@ocop.test")
    const pending = await onboardProducer(api, "cho-duyet-uploads@ocop.test", "HTX Chờ duyệt tải tệp")
    const approved = await onboardProducer(api, "da-duyet-uploads@ocop.test", "HTX Đã duyệt tải tệp")
    await api.post(`/admin/ocop/producers/${approved.producer.id}/approval`, { decision: "approve" }, { headers: office })
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .png()
      .toBuffer()
    return {
      pending,
      approved,
      png,
      polyglot: Buffer.concat([png, HTML]),
      pdf: Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
    }
  },
  register({ api, getContainer }, fixture) {
    const upload = (who: Producer, files: { name: string; type: string; bytes: Buffer }[], query = "") => {
      const form = new FormData()
      for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
      return api.post(`/producer/uploads${query}`, form, bearer(who.token))
    }
    let diskBefore = new Set<string>()
    beforeEach(() => {
      diskBefore = new Set(filesOnDisk())
    })
    /** The producer's upload records, and its files written to disk since the attack began. */
    const stored = async (who: Producer) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const { rows } = await knex.raw(`SELECT count(*)::int AS n FROM producer_upload WHERE producer_id = ? AND deleted_at IS NULL`, [
        who.producer.id,
      ])
      const files = filesOnDisk().filter((f) => !diskBefore.has(f) && f.includes(who.producer.handle)).length
      return { records: rows[0].n as number, files }
    }
    const doc = (i: number) => ({ name: `giay-phep-${i}.pdf`, type: "application/pdf", bytes: fixture().pdf })

    attack("a producer awaiting approval uploads a product photo", async (probe) => {
      const f = fixture()
      const res = await probe.refused(upload(f.pending, [{ name: "anh.png", type: "image/png", bytes: f.png }]))
      expect(res.data.code).toBe("ocop.upload.not_approved")
      expect(res.data.message).toMatch(/chỉ được tải giấy tờ hồ sơ/)
      await probe.unchanged(async () => expect(await stored(f.pending)).toEqual({ records: 0, files: 0 }))
    })

    attack("a producer awaiting approval goes past the onboarding allowance", async (probe) => {
      const f = fixture()
      const six = await probe.refused(upload(f.pending, [1, 2, 3, 4, 5, 6].map(doc), "?purpose=document"))
      expect(six.data.code).toBe("ocop.upload.quota")
      expect(await stored(f.pending)).toEqual({ records: 0, files: 0 })
      const { data } = await upload(f.pending, [1, 2, 3, 4, 5].map(doc), "?purpose=certificate_scan")
      expect(data.files).toHaveLength(5)
      const sixth = await probe.refused(upload(f.pending, [doc(6)], "?purpose=document"))
      expect(sixth.data.message).toMatch(/Đã hết hạn mức tải tệp: tối đa 5 tệp/)
      await probe.unchanged(async () => expect(await stored(f.pending)).toEqual({ records: 5, files: 5 }))
    })

    attack("an approved producer hosts an HTML page inside a PNG (polyglot)", async (probe) => {
      const f = fixture()
      const { data } = await upload(f.approved, [{ name: "poly.png", type: "image/png", bytes: f.polyglot }])
      const served = await api.get(new URL(data.files[0].url).pathname, { responseType: "arraybuffer" })
      const body = Buffer.from(served.data)
      probe.refusedBy(
        "the HTML part of the polyglot is not stored",
        !body.includes(Buffer.from("<script")) && !body.includes(Buffer.from("<html"))
      )
      expect(served.headers["x-content-type-options"]).toBe("nosniff")
      expect(served.headers["content-type"]).toMatch(/^image\/png/)
      const meta = await sharp(body).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(["png", 8, 8])
      await probe.unchanged(async () => expect(await stored(f.approved)).toEqual({ records: 1, files: 1 }))
    })

    attack("a producer puts a non-image into an image slot", async (probe) => {
      const f = fixture()
      const pdf = await probe.refused(upload(f.approved, [{ name: "anh.png", type: "image/png", bytes: f.pdf }]))
      expect(pdf.data.code).toBe("ocop.upload.type")
      await probe.refused(upload(f.approved, [{ name: "trang.png", type: "image/png", bytes: HTML }]))
      // PNG signature, then anything but an image
      const fake = await probe.refused(
        upload(f.approved, [{ name: "gia.png", type: "image/png", bytes: Buffer.concat([f.png.subarray(0, 8), HTML]) }])
      )
      expect(fake.data.message).toMatch(/Ảnh hỏng hoặc không đọc được/)
      // a "PDF" that is an HTML page behind the signature
      await probe.refused(
        upload(
          f.approved,
          [{ name: "qd.pdf", type: "application/pdf", bytes: Buffer.concat([Buffer.from("%PDF-1.7\n"), HTML]) }],
          "?purpose=document"
        )
      )
      await probe.unchanged(async () => expect(await stored(f.approved)).toEqual({ records: 0, files: 0 }))
    })

    attack("a file nobody uses stays hosted for good", async (probe) => {
      const f = fixture()
      const { data } = await upload(f.approved, [{ name: "bo-roi.png", type: "image/png", bytes: f.png }])
      const path = new URL(data.files[0].url).pathname
      expect((await api.get(path)).status).toBe(200)
      // still in its grace period: kept
      await runOrphanUploadSweep(getContainer(), new Date())
      expect(await stored(f.approved)).toEqual({ records: 1, files: 1 })
      await runOrphanUploadSweep(getContainer(), new Date(Date.now() + 25 * 3600 * 1000))
      await probe.refused(api.get(path), [404])
      await probe.unchanged(async () => expect(await stored(f.approved)).toEqual({ records: 0, files: 0 }))
    })
  },
})
