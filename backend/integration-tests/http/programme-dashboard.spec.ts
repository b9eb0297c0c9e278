import { integrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addDays, IN_FORCE_STATES, isInForceOn, liveCertificate, programmeStateOn, reportingPeriod, vietnamDate } from "@ocop/domain"
import { programmeFigures } from "../../src/api/admin/ocop/dashboard/programme-figures"
import ExcelJS from "exceljs"
import { createOfficeUser } from "../helpers/admin"
import { demoProduct, seedDemoCatalogue } from "../helpers/demo-catalogue"
import { failed } from "../helpers/http"

jest.setTimeout(180 * 1000)

/*
 * How the expectations were counted, by hand, from src/scripts/data/ocop-demo-dataset.json and
 * demo-scenarios.ts. Figures are taken at the end of a past period so they never depend on the day the
 * test runs: Q3 2026 ends on 2026-09-30, before the seed runs (the seed records its scripted events —
 * HT13 suspended, HT41 revoked, HT24 extended — "now", i.e. after that day).
 *
 * In force on 2026-09-30 = issued ≤ 30/9/2026 ≤ valid_until (HT24: its extension to 2026-12-27),
 * not superseded before (HT23 → HT23b and HT42 → HT42b on 2026-06-25, QT03 → QT03b in 2023).
 * Walking the dataset sorted by valid_until, everything up to HT42 (2026-09-30, superseded) is out
 * except HT24 (extended); everything from HT07 (2026-11-15) on is in, plus HT23b and HT42b:
 *   Hà Tĩnh (prov 42), 32: HT01 HT04 HT05 HT06 HT07 HT08 HT11 HT12 HT13 HT15 HT16 HT17 HT18 HT19 HT20
 *     HT21 HT22 HT23b HT24 HT29 HT30 HT31 HT32 HT33 HT34 HT35 HT36 HT37 HT38 HT42b HT43 HT44
 *   Quảng Trị (prov 45 → 44 since 2025), 4: QT05 QT13 QT15 QT18
 * Stars (42): 4★ = HT01 HT06 HT08 HT13 HT37 (5); 5★ = HT05 (1); the other 26 are 3★ (HT42b is the 3★ downgrade).
 * Stars (all): 4★ adds QT05 QT13 → 7; 3★ adds QT15 QT18 → 28; 5★ 1. Total 36.
 * State on 2026-09-30 (42): extended = HT24 (past valid_until 2026-06-30); expiring soon (≤ 180 days to
 *   valid_until) = HT07 (15/11), HT43 (30/11), HT06 (28/12); the other 28 valid.
 * Expiring (42), days from 30/9 to the last day: none ≤ 30; HT07 46, HT43 61, HT24 88, HT06 89 → 4 within 90
 *   and within 180 (the next, HT44, is 2027-05-20: 232 days).
 * Product sets (42): bo 1: HT18 HT33 HT42b HT43 (4); 3: HT17; 4: HT21 HT35; 6: HT15 HT29 HT38;
 *   7: HT01 HT22 HT23b HT30 HT36 (5); 8: HT04 HT11 HT12 HT16 HT20 HT31 (6); 9: HT05 HT06 HT07; 12: HT24 HT37;
 *   14: HT19; 15: HT34; 18: HT08 HT13 HT32; 20: HT44. Sectors: I = 1,3,4,6,7,8,9,12 → 26; II = 14,15 → 2;
 *   III = 18,20 → 4.
 * Producers (42): 32 products, 31 producers (HT11 and HT12 share "Cơ sở hải sản khô Hoa Linh Chi");
 *   HTX: HT33 HT34 HT42b (3); DN_NVV ("Doanh nghiệp"): HT06 HT13 HT32 HT37 (4); THT: HT17 HT24 (2);
 *   the other 22 are households → co-operative or SME share 7/31 = 22.6 %.
 * Communes (42): 9 products have a confirmed or retained new commune (HT07 Phường Hải Ninh, HT08 Xã Hương
 *   Sơn, HT20 Xã Toàn Lưu, HT23b Xã Cẩm Bình, HT24 Xã Cẩm Trung, HT35 Xã Sơn Kim 2, HT37 Xã Việt Xuyên,
 *   HT38 Xã Yên Hòa, HT42b Xã Phúc Trạch); the other 23 are "unmapped" (no commune).
 * Changes (42): Q2 2026 = HT23b renewed and HT42b downgraded (4★ → 3★) on 25/6, HT25 HT26 HT27 HT28 expired
 *   on 30/6 (HT23 also ends 30/6 but was superseded on 25/6; HT24 was extended). Q3 2026 = HT14 (20/7),
 *   HT03 (10/8), HT02 (20/9) expired; HT42 ends 30/9 but was superseded.
 */
const IN_FORCE_HT_Q3_2026 = [
  "HT01",
  "HT04",
  "HT05",
  "HT06",
  "HT07",
  "HT08",
  "HT11",
  "HT12",
  "HT13",
  "HT15",
  "HT16",
  "HT17",
  "HT18",
  "HT19",
  "HT20",
  "HT21",
  "HT22",
  "HT23",
  "HT24",
  "HT29",
  "HT30",
  "HT31",
  "HT32",
  "HT33",
  "HT34",
  "HT35",
  "HT36",
  "HT37",
  "HT38",
  "HT42",
  "HT43",
  "HT44",
] // product ids (HT23 and HT42 hold their newer certificates HT23b and HT42b)

const Q3_2026 = "period=quarterly&year=2026&quarter=3"

/**
 * The Info dictionary's /Title of a pdfkit PDF: an indirect object holding a literal string, UTF-16BE
 * with a byte-order mark when it is not ASCII (and "(", ")", "\\" escaped).
 */
function pdfTitle(pdf: Buffer): string {
  const raw = pdf.toString("latin1")
  const ref = /\/Title (\d+) 0 R/.exec(raw)
  const m = ref ? new RegExp(`\\n${ref[1]} 0 obj\\n\\(((?:\\\\.|[^\\\\)])*)\\)`, "s").exec(raw) : /\/Title \(((?:\\.|[^\\)])*)\)/s.exec(raw)
  if (!m) return ""
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" }
  const bytes = Buffer.from(
    m[1].replace(/\\(.)/gs, (_, c) => escapes[c] ?? c),
    "latin1"
  )
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2))
    swapped.swap16()
    return swapped.toString("utf16le")
  }
  return bytes.toString("latin1")
}

async function sheetRows(xlsx: Buffer, sheetName: string): Promise<any[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(xlsx as any)
  const sheet = workbook.getWorksheet(sheetName)
  if (!sheet) throw new Error(`no sheet ${sheetName}`)
  const rows: any[][] = []
  sheet.eachRow((row) => rows.push((row.values as any[]).slice(1)))
  return rows
}

const valueOf = (rows: any[][], label: string) => rows.find((r) => r[0] === label)?.[1]

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let storeHeaders: Record<string, string>
    let regionId: string
    let onlineChannelId: string

    beforeAll(async () => {
      ;({ storeHeaders, regionId, salesChannelId: onlineChannelId } = await seedDemoCatalogue(getContainer()))
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
    })

    const dashboard = async (query: string) => (await api.get(`/admin/ocop/dashboard?${query}`, { headers: adminHeaders })).data
    const report = async (query: string) =>
      (await api.get(`/admin/ocop/reports?${query}`, { headers: adminHeaders, responseType: "arraybuffer" })) as {
        data: ArrayBuffer
        headers: Record<string, string>
      }

    describe("dashboard figures on the demo dataset (hand-counted, see the top of this file)", () => {
      it("counts Hà Tĩnh's certified products in force at the end of Q3 2026 by stars, state, sector, set, commune and producer type", async () => {
        const d = await dashboard(`province_code=42&${Q3_2026}`)
        expect(d.as_of).toBe("2026-09-30")
        expect(d.province).toEqual({ code: "42", name: "Hà Tĩnh", full_name: "Tỉnh Hà Tĩnh" })
        expect(d.has_data).toBe(true)
        expect(d.certified.total).toBe(32)
        expect(d.certified.by_stars).toEqual({ "3": 26, "4": 5, "5": 1 })
        expect(d.certified.by_state).toEqual({ valid: 28, expiring_soon: 3, reevaluation_pending: 0, extended: 1, suspended: 0 })
        expect(d.expiring).toEqual({ within_30: 0, within_90: 4, within_180: 4 })
        expect(Object.fromEntries(d.by_product_set.map((s: any) => [s.code, s.products]))).toEqual({
          1: 4,
          3: 1,
          4: 2,
          6: 3,
          7: 5,
          8: 6,
          9: 3,
          12: 2,
          14: 1,
          15: 1,
          18: 3,
          20: 1,
        })
        expect(d.by_sector.map((s: any) => [s.code, s.products])).toEqual([
          ["I", 26],
          ["II", 2],
          ["III", 4],
        ])
        expect(d.by_sector[0].label.vi).toBe("Sản phẩm thực phẩm")
        expect(d.by_province).toEqual([{ province_code: "42", name: "Hà Tĩnh", products: 32, producers: 31 }])
        const communes = Object.fromEntries(d.by_commune.map((c: any) => [c.commune ?? "(none)", c.products]))
        expect(communes).toEqual({
          "(none)": 23,
          "Phường Hải Ninh": 1,
          "Xã Hương Sơn": 1,
          "Xã Toàn Lưu": 1,
          "Xã Cẩm Bình": 1,
          "Xã Cẩm Trung": 1,
          "Xã Sơn Kim 2": 1,
          "Xã Việt Xuyên": 1,
          "Xã Yên Hòa": 1,
          "Xã Phúc Trạch": 1,
        })
        expect(d.producers.total).toBe(31)
        expect(Object.fromEntries(d.producers.by_type.map((t: any) => [t.type, t.producers]))).toEqual({
          HO_SXKD: 22,
          DN_NVV: 4,
          HTX: 3,
          THT: 2,
        })
        expect(d.producers.coop_sme).toBe(7)
        expect(d.producers.coop_sme_share).toBe(22.6)
        // trend: the 12 months ending with September 2026, the last one equal to the snapshot
        expect(d.trend.map((t: any) => t.month)).toEqual([
          "2025-10",
          "2025-11",
          "2025-12",
          "2026-01",
          "2026-02",
          "2026-03",
          "2026-04",
          "2026-05",
          "2026-06",
          "2026-07",
          "2026-08",
          "2026-09",
        ])
        expect(d.trend.at(-1)).toMatchObject({ total: 32, by_stars: { "3": 26, "4": 5, "5": 1 } })
        // June 2026: HT25–HT28 still in force on their last day (30/6); July: they are gone, HT24 extended
        expect(d.trend[8].changes).toEqual({ renewed: 1, downgraded: 1, expired: 4 })
        expect(d.trend[9]).toMatchObject({ total: 34, by_state: { extended: 1 } })
      })

      it("counts every province together: 36 products in force on 2026-09-30, 32 in Hà Tĩnh and 4 in Quảng Trị", async () => {
        const d = await dashboard(Q3_2026)
        expect(d.province).toBeNull()
        expect(d.certified.total).toBe(36)
        expect(d.certified.by_stars).toEqual({ "3": 28, "4": 7, "5": 1 })
        expect(d.by_province.map((p: any) => [p.province_code, p.name, p.products])).toEqual([
          ["42", "Hà Tĩnh", 32],
          ["44", "Quảng Trị", 4],
        ])
        expect(d.expiring).toEqual({ within_30: 0, within_90: 5, within_180: 5 }) // + QT13 (20/12, 81 days)
      })

      it("lists certificate changes per period: renewal, downgrade and expiries in Q2 2026; three expiries in Q3", async () => {
        const q2 = await dashboard("province_code=42&period=quarterly&year=2026&quarter=2")
        expect(q2.changes.counts).toEqual({ renewed: 1, downgraded: 1, expired: 4 })
        const downgrade = q2.changes.items.find((c: any) => c.kind === "downgraded")
        expect(downgrade).toMatchObject({ day: "2026-06-25", stars_before: 4, stars: 3, verification_code: "VN-HT42B" })
        const q3 = await dashboard(`province_code=42&${Q3_2026}`)
        expect(q3.changes.counts).toEqual({ expired: 3 })
        expect(q3.changes.items.map((c: any) => [c.day, c.verification_code])).toEqual([
          ["2026-09-20", "VN-HT02"],
          ["2026-08-10", "VN-HT03"],
          ["2026-07-20", "VN-HT14"],
        ])
      })

      it("counts listed-online and QR-labelled products from the products' current listing in the online channel", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({ entity: "product", fields: ["status", "metadata", "sales_channels.name"] })
        const listed = products.filter(
          (p: any) =>
            IN_FORCE_HT_Q3_2026.includes(p.metadata?.ocop_demo_id) &&
            p.status === "published" &&
            p.sales_channels.some((c: any) => c.name === "Chợ OCOP trực tuyến")
        ).length
        expect(listed).toBeGreaterThan(20) // sanity: most of the catalogue is on sale
        const d = await dashboard(`province_code=42&${Q3_2026}`)
        expect(d.online.listed).toBe(listed)
        expect(d.online.listed_share).toBe(Math.round((listed / 32) * 1000) / 10)
        // every demo certificate has a verification code, so a listed product counts as QR-labelled
        expect(d.online.qr_labelled).toBe(listed)
        expect(d.online.definitions.qr.vi).toContain("tem QR")
      })

      it("sums sales by month, channel and sector with year-on-year growth, and stays zero-safe without last year's sales", async () => {
        const container = getContainer()
        // A fair booth sells through its own sales channel (and stock from the provincial warehouse).
        const { data: fair } = await api.post("/admin/sales-channels", { name: "Hội chợ OCOP Hà Tĩnh 2026" }, { headers: adminHeaders })
        const fairId = fair.sales_channel.id
        const [apiKey] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Storefront OCOP Market" })
        await api.post(`/admin/api-keys/${apiKey.id}/sales-channels`, { add: [fairId] }, { headers: adminHeaders })
        const [warehouse] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
        await api.post(`/admin/stock-locations/${warehouse.id}/sales-channels`, { add: [fairId] }, { headers: adminHeaders })
        const ht29 = await demoProduct(container, "HT29")
        await api.post(`/admin/sales-channels/${fairId}/products`, { add: [ht29.id] }, { headers: adminHeaders })
        /** A shopper's checkout through the store API in one sales channel, cash on delivery. */
        const place = async (channelId: string, variantId: string) => {
          const h = { headers: storeHeaders }
          const { data } = await api.post("/store/carts", { region_id: regionId, sales_channel_id: channelId }, h)
          const cartId = data.cart.id
          await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, h)
          const address = {
            first_name: "Hoa",
            last_name: "Trần",
            address_1: "Quảng trường 26/3",
            city: "Hà Tĩnh",
            country_code: "vn",
            phone: "0912000111",
          }
          await api.post(`/store/carts/${cartId}`, { email: "nguoi-mua@example.vn", shipping_address: address }, h)
          const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h)
          await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, h)
          const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, h)
          await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_ocop" }, h)
          const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, h)
          expect(done.type).toBe("order")
          return done.order.id as string
        }
        const variantOf = async (demoId: string) => (await demoProduct(container, demoId)).variants[0].id as string
        const placeOnline = async (demoId: string) => place(onlineChannelId, await variantOf(demoId))
        const placeAtFair = async () => place(fairId, ht29.variants[0].id)

        await placeOnline("HT05") // 85.000 ₫, product set 9 → sector I
        const lastYear = await placeOnline("HT32") // 1.100.000 ₫, product set 18 → sector III
        await placeOnline("HT05") // 85.000 ₫
        await placeAtFair() // HT29: 140.000 ₫, product set 6 → sector I
        // The store cannot place an order in the past: move one order back a year (the only raw SQL here).
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await knex.raw(`UPDATE "order" SET created_at = created_at - interval '1 year' WHERE id = ?`, [lastYear])

        const today = vietnamDate(new Date())
        const [year, month] = today.split("-").map(Number)
        const d = await dashboard(`province_code=42&period=monthly&year=${year}&month=${month}`)
        // shipping is not a sale of OCOP products: line items only
        expect(d.sales).toMatchObject({ total: 310000, previous: 1100000, growth: -71.8, orders: 3 })
        expect(d.sales.by_channel.map((c: any) => [c.name, c.online, c.total, c.previous, c.growth])).toEqual([
          ["Chợ OCOP trực tuyến", true, 170000, 1100000, -84.5],
          ["Hội chợ OCOP Hà Tĩnh 2026", false, 140000, 0, null], // nothing a year earlier: no growth figure
        ])
        expect(d.sales.by_sector.map((s: any) => [s.code, s.total, s.previous, s.growth])).toEqual([
          ["I", 310000, 0, null],
          ["III", 0, 1100000, -100],
        ])
        const thisMonth = d.sales.by_month.at(-1)
        expect(thisMonth).toEqual({ month: today.slice(0, 7), total: 310000, previous: 1100000, growth: -71.8 })
        const target = d.targets.find((t: any) => t.metric === "sales_growth_yoy")
        expect(target).toMatchObject({ value: 20, actual: -71.8 })

        // Quảng Trị sold nothing: zeros and no growth, not a division by zero
        const qt = await dashboard(`province_code=44&period=monthly&year=${year}&month=${month}`)
        expect(qt.sales).toMatchObject({ total: 0, previous: 0, growth: null, orders: 0 })
      })

      it("classifies each certificate on a day as the listing rule does (SQL state = effectiveStatus), today and on later days", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({ entity: "product", fields: ["id", "certificates.*"] })
        const today = vietnamDate(new Date())
        // later days cross the demo certificates' expiring-soon windows and end dates
        for (const day of [today, addDays(today, 45), addDays(today, 150), addDays(today, 400), addDays(today, 800)]) {
          const now = new Date(`${day}T12:00:00+07:00`)
          const [year, month] = day.split("-").map(Number)
          const figures = await programmeFigures(getContainer(), { period: reportingPeriod("monthly", year, month), now })
          const expected = Object.fromEntries(IN_FORCE_STATES.map((s) => [s, 0])) as Record<string, number>
          for (const product of products as any[]) {
            const live = liveCertificate((product.certificates ?? []).filter(Boolean))
            if (live && isInForceOn(live, now)) expected[programmeStateOn(live, now)]++
          }
          expect({ day, by_state: figures.certified.by_state }).toEqual({ day, by_state: expected })
        }
      })

      it("refuses an unauthenticated request", async () => {
        const res = await failed(api.get(`/admin/ocop/dashboard?${Q3_2026}`))
        expect(res.status).toBe(401)
      })
    })

    describe("periodic reports", () => {
      it("writes the Q3 2026 Hà Tĩnh report as XLSX with the dashboard's figures and the certificate changes", async () => {
        const res = await report(`province_code=42&${Q3_2026}&format=xlsx`)
        expect(res.headers["content-type"]).toContain("spreadsheetml")
        expect(res.headers["content-disposition"]).toContain("bao-cao-ocop-42-2026-q3.xlsx")
        const xlsx = Buffer.from(res.data)
        const summary = await sheetRows(xlsx, "Tổng hợp")
        expect(summary[1][0]).toBe("Tỉnh Hà Tĩnh — Kỳ báo cáo: Quý III/2026")
        expect(summary.flat()).not.toContain("Không có dữ liệu trong kỳ báo cáo")
        expect(valueOf(summary, "Sản phẩm OCOP còn hiệu lực")).toBe(32)
        expect(valueOf(summary, "  trong đó 3 sao")).toBe(26)
        expect(valueOf(summary, "  trong đó 4 sao")).toBe(5)
        expect(valueOf(summary, "  trong đó 5 sao")).toBe(1)
        expect(valueOf(summary, "Chủ thể có sản phẩm còn hiệu lực")).toBe(31)
        expect(valueOf(summary, "Tỉ lệ chủ thể là HTX, DNNVV")).toBe(22.6)
        expect(valueOf(summary, "Giấy chứng nhận hết hạn trong 90 ngày tới")).toBe(4)
        expect(valueOf(summary, "Biến động giấy chứng nhận trong kỳ")).toBe(3)
        const sets = await sheetRows(xlsx, "Theo ngành")
        expect(sets.find((r) => String(r[1]).startsWith("8. "))?.[2]).toBe(6)
        const changes = await sheetRows(xlsx, "Biến động GCN")
        const listed = changes.filter((r) => r[1] === "Hết hiệu lực").map((r) => [r[0], r[7]])
        expect(listed).toEqual([
          ["20/07/2026", "VN-HT14"],
          ["10/08/2026", "VN-HT03"],
          ["20/09/2026", "VN-HT02"],
        ])
        const targets = await sheetRows(xlsx, "Chỉ tiêu")
        const total = targets.find((r) => r[0] === "Sản phẩm OCOP còn hiệu lực")
        expect(total?.slice(2, 5)).toEqual([610, 32, 5.2])
      })

      it("writes a PDF that embeds a Vietnamese-capable font and names the province", async () => {
        const res = await report(`province_code=42&${Q3_2026}&format=pdf`)
        expect(res.headers["content-type"]).toBe("application/pdf")
        const pdf = Buffer.from(res.data)
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-")
        expect(pdfTitle(pdf)).toContain("Tỉnh Hà Tĩnh")
        expect(pdfTitle(pdf)).toContain("Quý III/2026")
        const raw = pdf.toString("latin1")
        expect(raw).toContain("/FontFile2") // an embedded TrueType font (Inter), not the built-in Helvetica
        expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter/)
      })

      it("says there is no data for a period without any, in XLSX and PDF, instead of failing", async () => {
        const d = await dashboard("province_code=42&period=monthly&year=2015&month=1")
        expect(d.has_data).toBe(false)
        const xlsx = Buffer.from((await report("province_code=42&period=monthly&year=2015&month=1&format=xlsx")).data)
        const summary = await sheetRows(xlsx, "Tổng hợp")
        expect(summary.flat()).toContain("Không có dữ liệu trong kỳ báo cáo")
        expect(valueOf(summary, "Sản phẩm OCOP còn hiệu lực")).toBe(0)
        const changes = await sheetRows(xlsx, "Biến động GCN")
        expect(changes.flat()).toContain("Không có dữ liệu trong kỳ báo cáo")
        const pdf = await report("province_code=42&period=monthly&year=2015&month=1&format=pdf")
        expect(Buffer.from(pdf.data).subarray(0, 5).toString("latin1")).toBe("%PDF-")
      })

      it.each([
        ["an unknown period", "province_code=42&period=weekly&year=2026", "Kỳ báo cáo phải là"],
        ["month 13", "province_code=42&period=monthly&year=2026&month=13", "Tháng phải từ 1 đến 12"],
        ["a monthly report without its month", "province_code=42&period=monthly&year=2026", "cần chọn tháng"],
        ["quarter 5", "province_code=42&period=quarterly&year=2026&quarter=5", "Quý phải từ 1 đến 4"],
        ["a quarterly report without its quarter", "province_code=42&period=quarterly&year=2026", "cần chọn quý"],
        ["an unknown province", "province_code=99&period=yearly&year=2026", "Mã tỉnh/thành không hợp lệ"],
        ["no province", "period=yearly&year=2026", "Cần chọn tỉnh/thành"],
        ["no year", "province_code=42&period=yearly", "Cần chọn năm"],
        ["a bad year", "province_code=42&period=yearly&year=26", "Năm phải từ 2000 đến 2100"],
        ["an unknown format", "province_code=42&period=yearly&year=2026&format=docx", "xlsx hoặc pdf"],
        ["a period that has not started", "province_code=42&period=yearly&year=2099&format=pdf", "chưa bắt đầu"],
      ])("answers 400 with a Vietnamese message for %s", async (_, query, message) => {
        const res = await failed(api.get(`/admin/ocop/reports?${query}`, { headers: adminHeaders }))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(message)
      })

      it("answers 400 on the dashboard for bad parameters too", async () => {
        const res = await failed(dashboard("period=monthly&year=2026&month=0"))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("Tháng phải từ 1 đến 12")
      })
    })

    describe("programme targets", () => {
      const targets = (query = "") => api.get(`/admin/ocop/programme-targets${query}`, { headers: adminHeaders })
      const create = (body: Record<string, unknown>) => api.post("/admin/ocop/programme-targets", body, { headers: adminHeaders })
      const quangTri = {
        metric: "certified_products",
        province_code: "44",
        period_start: "2026-01-01",
        period_end: "2030-12-31",
        value: 200,
      }

      it("are seeded with Hà Tĩnh's 2030 targets and show progress on the dashboard", async () => {
        const { data } = await targets("?province_code=42")
        expect(Object.fromEntries(data.targets.map((t: any) => [t.metric, t.value]))).toEqual({
          certified_products: 610,
          certified_products_3_star: 555,
          certified_products_4_star: 50,
          certified_products_5_star: 5,
          producer_coop_sme_share: 40,
          traceability_share: 100,
          digital_platform_share: 100,
          sales_growth_yoy: 20,
        })
        const d = await dashboard(`province_code=42&${Q3_2026}`)
        const progress = Object.fromEntries(d.targets.map((t: any) => [t.metric, [t.actual, t.progress]]))
        expect(progress.certified_products).toEqual([32, 5.2])
        expect(progress.certified_products_3_star).toEqual([26, 4.7])
        expect(progress.certified_products_4_star).toEqual([5, 10])
        expect(progress.certified_products_5_star).toEqual([1, 20])
        expect(progress.producer_coop_sme_share).toEqual([22.6, 56.5])
      })

      it("are created, corrected and removed by the office, one per metric, province and period", async () => {
        const { data: created } = await create(quangTri)
        expect(created.target).toMatchObject(quangTri)
        const duplicate = await failed(create(quangTri))
        expect(duplicate.status).toBe(422)
        expect(duplicate.data.message).toContain("Đã có chỉ tiêu")

        const { data: updated } = await api.post(
          `/admin/ocop/programme-targets/${created.target.id}`,
          { value: 150, source: "Kế hoạch OCOP Quảng Trị (demo)" },
          { headers: adminHeaders }
        )
        expect(updated.target).toMatchObject({ value: 150, source: "Kế hoạch OCOP Quảng Trị (demo)" })
        const d = await dashboard(`province_code=44&${Q3_2026}`)
        expect(d.targets).toEqual([expect.objectContaining({ metric: "certified_products", value: 150, actual: 4, progress: 2.7 })])

        const backwards = await failed(
          api.post(`/admin/ocop/programme-targets/${created.target.id}`, { period_end: "2025-12-31" }, { headers: adminHeaders })
        )
        expect(backwards.status).toBe(400)
        expect(backwards.data.message).toContain("Ngày kết thúc kỳ")

        await api.delete(`/admin/ocop/programme-targets/${created.target.id}`, { headers: adminHeaders })
        expect((await targets("?province_code=44")).data.targets).toEqual([])
        const gone = await failed(api.delete(`/admin/ocop/programme-targets/${created.target.id}`, { headers: adminHeaders }))
        expect(gone.status).toBe(404)
        // removed targets free their slot
        const { data: again } = await create(quangTri)
        await api.delete(`/admin/ocop/programme-targets/${again.target.id}`, { headers: adminHeaders })
      })

      it.each([
        ["an unknown metric", { metric: "happiness" }, "Chỉ tiêu không hợp lệ"],
        ["an unknown province", { province_code: "99" }, "Mã tỉnh/thành không hợp lệ"],
        ["an impossible date", { period_start: "2026-02-30" }, "ngày phải có dạng YYYY-MM-DD"],
        ["an end before the start", { period_start: "2030-01-01", period_end: "2026-12-31" }, "Ngày kết thúc kỳ"],
        ["a negative value", { value: -1 }, "số từ 0 trở lên"],
        ["a value that is not a number", { value: "610" }, "số từ 0 trở lên"],
        ["a share above 100 %", { metric: "producer_coop_sme_share", value: 120 }, "không vượt quá 100%"],
        ["a fractional product count", { value: 10.5 }, "số nguyên"],
      ])("refuses %s with a Vietnamese message", async (_, change, message) => {
        const res = await failed(create({ ...quangTri, ...change }))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(message)
        expect((await targets("?province_code=44")).data.targets).toEqual([])
      })
    })
  },
})
