import AxeBuilder from "@axe-core/playwright"
import { expect, test, type APIRequestContext, type Page } from "@playwright/test"

/**
 * The counter of an OCOP point of sale: staff log in, type a GTIN as a scanner would, see the
 * stock here and at other points, sell two for cash, see the stock drop and print the receipt;
 * once the office revokes a product's certificate the counter refuses it.
 *
 * The products are found through the POS API (what the seed stocks at the demo sales point),
 * so the test follows the seed instead of hard-coding its numbers.
 */
const BACKEND = process.env.E2E_BACKEND_URL ?? "http://localhost:9000"
const STAFF = { email: process.env.POS_EMAIL ?? "pos@ocop.local", password: process.env.POS_PASSWORD ?? "ocop-pos-2026" }
const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@ocop.local", password: process.env.ADMIN_PASSWORD ?? "ocop-admin-2026" }
/** The seed stocks these at the Hà Tĩnh point (backend/src/scripts/seed/retail.ts): HT05 sells, HT21's certificate is revoked. */
const SELL_CODE = "VN-HT05"
const REVOKE_CODE = "VN-HT21"
/** Products other journeys rely on (search, browse, checkout, verify page, office revocation): never revoked here. */
const LEFT_ALONE = ["VN-HT01", "VN-HT05", "VN-HT18", "nuoc-mam-luan-nghiep", "dua-luoi-ngoc-khue", "keo-cu-do-ba-huong"]

type Point = { id: string; kind: string; name: string; open: boolean }
type StockItem = {
  variant_id: string
  sku: string | null
  barcode: string | null
  title: string
  product_id: string
  quantity: number
  ocop: { listable: boolean } | null
}
type LookupResult = {
  product: { id: string; title: string; handle: string | null }
  variant: { id: string; sku: string | null; barcode: string | null }
  price: number
  ocop: { stars: number; verification_code: string | null; listable: boolean } | null
  sellable: boolean
  stock_here: number
  stock_elsewhere: { point_id: string; name: string; quantity: number }[]
}

/** "1.250.000 ₫" with the no-break space of @ocop/domain's formatVnd. */
const vnd = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}\u00A0₫`

async function token(request: APIRequestContext, actor: "sales_point" | "user", creds: { email: string; password: string }) {
  const response = await request.post(`${BACKEND}/auth/${actor}/emailpass`, { data: creds })
  expect(response.ok(), `${actor} login`).toBeTruthy()
  return ((await response.json()) as { token: string }).token
}

async function api<T>(request: APIRequestContext, bearer: string, path: string): Promise<T> {
  const response = await request.get(`${BACKEND}${path}`, { headers: { authorization: `Bearer ${bearer}` } })
  expect(response.ok(), `GET ${path} → ${response.status()}`).toBeTruthy()
  return (await response.json()) as T
}

/** The demo sales point and, from its stock, a barcoded certified product to sell and another to revoke. */
async function pickProducts(request: APIRequestContext) {
  const staff = await token(request, "sales_point", STAFF)
  const { points } = await api<{ points: Point[] }>(request, staff, "/pos/me")
  const point = points.find((p) => p.kind === "sales_point" && p.open) ?? points[0]
  const { items } = await api<{ items: StockItem[] }>(request, staff, `/pos/points/${point.id}/stock`)
  const lookups: LookupResult[] = []
  for (const item of items.filter((i) => i.ocop?.listable && i.quantity >= 2 && (i.barcode || i.sku))) {
    const code = encodeURIComponent((item.barcode || item.sku)!)
    const { results } = await api<{ results: LookupResult[] }>(request, staff, `/pos/points/${point.id}/lookup?code=${code}`)
    const found = results.find((r) => r.variant.id === item.variant_id)
    if (found?.sellable) lookups.push(found)
  }
  const barcoded = lookups.filter((r) => r.variant.barcode && r.stock_here >= 2)
  const sell =
    barcoded.find((r) => r.ocop?.verification_code === SELL_CODE && r.stock_elsewhere.length > 0) ??
    barcoded.find((r) => r.stock_elsewhere.length > 0) ??
    barcoded[0]
  expect(sell, "a barcoded certified product stocked at the demo sales point").toBeTruthy()
  const revoke =
    lookups.find((r) => r.ocop?.verification_code === REVOKE_CODE && r.product.id !== sell.product.id) ??
    lookups.find(
      (r) =>
        r.product.id !== sell.product.id &&
        !LEFT_ALONE.includes(r.product.handle ?? "") &&
        !LEFT_ALONE.includes(r.ocop?.verification_code ?? "")
    )
  expect(revoke, "a second certified product at the point, to revoke").toBeTruthy()
  return { point, sell, revoke: revoke! }
}

async function staffLogin(page: Page, pointName?: string) {
  await page.goto("/vi/pos")
  await expect(page).toHaveURL(/\/vi\/pos\/login/)
  await page.getByLabel("Email").fill(STAFF.email)
  await page.getByLabel("Mật khẩu").fill(STAFF.password)
  await page.getByTestId("pos-login-submit").click()
  await page.waitForURL((url) => /\/vi\/pos(\/[^/]+)?$/.test(url.pathname) && !url.pathname.endsWith("/login"))
  if (await page.getByTestId("pos-point-list").isVisible()) {
    const links = page.getByTestId("pos-point-link")
    await (pointName ? links.filter({ hasText: pointName }).first() : links.first()).click()
  }
  await expect(page.getByTestId("pos-entry")).toBeVisible()
}

async function lookUp(page: Page, entry: string) {
  const field = page.getByTestId("pos-entry")
  await field.fill(entry)
  await field.press("Enter")
}

test("staff scan a GTIN, see stock here and elsewhere, sell two for cash, print the receipt; a revoked product is refused", async ({
  page,
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "selling and revoking change the demo data: once per run")
  test.setTimeout(120_000)
  const { point, sell, revoke } = await pickProducts(request)
  const gtin = sell.variant.barcode!
  const before = sell.stock_here

  await staffLogin(page, point.name)
  await expect(page.getByTestId("pos-point-name")).toHaveText(point.name)

  // manual entry of the GTIN, as a keyboard-wedge scanner types it
  await lookUp(page, gtin)
  const card = page.locator(`[data-testid="pos-result"][data-variant-id="${sell.variant.id}"]`)
  await expect(card).toBeVisible()
  await expect(card.getByRole("heading", { name: new RegExp(sell.product.title) })).toBeVisible()
  await expect(card.getByTestId("pos-result-listability")).toHaveText("Được bán")
  await expect(card.getByTestId("star-badge")).toHaveAttribute("data-stars", String(sell.ocop!.stars))
  await expect(card.getByTestId("pos-result-price")).toHaveText(vnd(sell.price))
  await expect(card.getByTestId("pos-stock-here")).toHaveText(String(before))
  for (const other of sell.stock_elsewhere) {
    await expect(card.getByTestId("pos-stock-elsewhere")).toContainText(other.name)
  }

  // two into the basket, pay cash
  await card.getByTestId("pos-add").click()
  await card.getByTestId("pos-add").click()
  await expect(page.getByTestId("pos-basket-line")).toHaveCount(1)
  await expect(page.getByTestId("pos-qty")).toHaveText("2")
  const total = sell.price * 2
  await expect(page.getByTestId("pos-total")).toHaveText(vnd(total))
  const cash = Math.ceil((total + 1) / 100_000) * 100_000
  await page.getByTestId("pos-cash").fill(String(cash))
  await expect(page.getByTestId("pos-change-preview")).toHaveText(vnd(cash - total))
  await page.getByTestId("pos-pay").click()
  await expect(page.getByTestId("pos-sale-done")).toBeVisible()
  await expect(page.getByTestId("pos-sale-total")).toHaveText(vnd(total))
  await expect(page.getByTestId("pos-change-due")).toHaveText(vnd(cash - total))

  // the stock here dropped by two
  await lookUp(page, gtin)
  await expect(card.getByTestId("pos-stock-here")).toHaveText(String(before - 2))

  // the receipt: the line, the total, the change; an 80 mm strip when printed
  await page.getByTestId("pos-receipt-link").click()
  const receipt = page.getByTestId("pos-receipt")
  await expect(receipt).toBeVisible()
  await expect(receipt.getByTestId("pos-receipt-line")).toContainText(sell.product.title)
  await expect(receipt.getByTestId("pos-receipt-line")).toContainText(`2 × ${vnd(sell.price)}`)
  await expect(receipt.getByTestId("pos-receipt-total")).toHaveText(vnd(total))
  await page.emulateMedia({ media: "print" })
  const width = (await receipt.boundingBox())!.width
  expect(Math.abs(width - (80 / 25.4) * 96)).toBeLessThan(2) // 80 mm at 96 px per inch
  await page.emulateMedia({ media: "screen" })

  // a transfer of one to the fair booth is recorded and leaves this point's stock
  const booth = (await api<{ points: Point[] }>(request, await token(request, "sales_point", STAFF), "/pos/me")).points.find(
    (p) => p.id !== point.id && p.open
  )
  if (booth) {
    await page.goto(`/vi/pos/${point.id}/stock`)
    const row = page.getByTestId("pos-stock-row").filter({ hasText: gtin })
    await expect(row.getByTestId("pos-stock-quantity")).toHaveText(String(before - 2))
    await page.getByTestId("pos-movement-transfer").check()
    await page.getByTestId("pos-to-point").selectOption(booth.id)
    await page.locator(`[name="qty:${sell.variant.id}"]`).fill("1")
    await page.getByTestId("pos-movement-submit").click()
    await expect(page.getByTestId("pos-movement-ok")).toBeVisible()
    await expect(row.getByTestId("pos-stock-quantity")).toHaveText(String(before - 3))
    await expect(page.getByTestId("pos-movement-row").filter({ hasText: sell.product.title }).first()).toHaveAttribute(
      "data-kind",
      "transfer"
    )
    await page.goto(`/vi/pos/${point.id}`)
  } else {
    await page.getByTestId("pos-back-to-counter").click()
  }

  // the office revokes the other product's certificate (admin API, as the office's screen does)
  const admin = await token(request, "user", ADMIN)
  const { certificates } = await api<{
    certificates: { id: string; verification_code: string; listable: boolean; product?: { id: string } | null }[]
  }>(request, admin, "/admin/ocop/certificates?limit=200")
  // the product's live certificate (an older, superseded one may share the product)
  const certificate = certificates.find((c) => c.product?.id === revoke.product.id && c.listable)
  expect(certificate, `certificate of ${revoke.product.title}`).toBeTruthy()
  const revoked = await request.post(`${BACKEND}/admin/ocop/certificates/${certificate!.id}/transitions`, {
    headers: { authorization: `Bearer ${admin}` },
    data: { to: "revoked", revocation_ground: "ocop_mark_misuse", reason: "Dùng nhãn OCOP sai quy định (kiểm thử quầy bán)" },
  })
  expect(revoked.ok(), `revocation → ${revoked.status()} ${await revoked.text()}`).toBeTruthy()

  // at the counter: not for sale, no badge, cannot go into the basket
  await lookUp(page, revoke.variant.barcode || revoke.variant.sku!)
  const refused = page.locator(`[data-testid="pos-result"][data-variant-id="${revoke.variant.id}"]`)
  await expect(refused).toHaveAttribute("data-sellable", "false")
  await expect(refused.getByTestId("pos-result-listability")).toContainText(/không được bán/i)
  await expect(refused.getByTestId("star-badge")).toHaveCount(0)
  await expect(refused.getByTestId("pos-add")).toBeDisabled()
  await expect(page.getByTestId("pos-basket-empty")).toBeVisible()

  // the point gets a pull-list entry for the revoked product; staff mark it done
  await page.getByTestId("pos-nav-tasks").click()
  await expect(page).toHaveURL(new RegExp(`/vi/pos/${point.id}/tasks$`))
  await expect(page.getByTestId("pos-tasks-pull")).toBeVisible()
  const pull = page.getByTestId("pos-tasks-pull").getByTestId("pos-task").filter({ hasText: revoke.product.title })
  await expect(async () => {
    await page.reload()
    await expect(pull).toHaveCount(1, { timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  await pull.getByTestId("pos-task-done").click()
  await expect(pull).toHaveCount(0)

  // shelf labels of the sold product: a PDF through the storefront's own route (staff cookie)
  const pdf = await page.request.get(`/api/pos/${point.id}/labels?variant_id=${sell.variant.id}&format=shelf`)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()["content-type"]).toContain("application/pdf")
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-")
})

test("a VietQR sale shows the QR and waits for the transfer; staff confirm it arrived and the receipt says paid", async ({
  page,
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "selling changes the demo data: once per run")
  const { point, sell } = await pickProducts(request)
  await staffLogin(page, point.name)
  await lookUp(page, sell.variant.barcode!)
  await page.locator(`[data-testid="pos-result"][data-variant-id="${sell.variant.id}"]`).getByTestId("pos-add").click()
  await page.getByTestId("pos-pay-vietqr").check()
  await page.getByTestId("pos-pay").click()
  await expect(page.getByTestId("pos-vietqr").locator("img")).toBeVisible()
  await expect(page.getByTestId("pos-sale-total")).toHaveText(vnd(sell.price))

  // the staff member sees the transfer arrive in the point's bank app and confirms it
  const receiptHref = await page.getByTestId("pos-receipt-link").getAttribute("href")
  await page.getByTestId("pos-confirm-transfer").click()
  await expect(page.getByTestId("pos-transfer-confirmed")).toBeVisible()
  await expect(page.getByTestId("pos-confirm-transfer")).toHaveCount(0)
  await page.goto(receiptHref!)
  await expect(page.getByTestId("pos-receipt-payment-status")).toHaveText("Đã thanh toán")
  await expect(page.getByTestId("pos-confirm-transfer")).toHaveCount(0)
})

test("a VietQR receipt awaiting payment can be confirmed from the receipt page", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "selling changes the demo data: once per run")
  const { point, sell } = await pickProducts(request)
  const staff = await token(request, "sales_point", STAFF)
  const sold = await request.post(`${BACKEND}/pos/points/${point.id}/sales`, {
    headers: { authorization: `Bearer ${staff}` },
    data: { items: [{ variant_id: sell.variant.id, quantity: 1 }], payment: "vietqr" },
  })
  expect(sold.ok(), `VietQR sale → ${sold.status()}`).toBeTruthy()
  const { order_id } = (await sold.json()) as { order_id: string }
  await staffLogin(page, point.name)
  await page.goto(`/vi/pos/${point.id}/receipts/${order_id}`)
  await expect(page.getByTestId("pos-receipt-payment-status")).toHaveText("Chờ chuyển khoản")
  await page.getByTestId("pos-confirm-transfer").click()
  await expect(page.getByTestId("pos-receipt-payment-status")).toHaveText("Đã thanh toán")
})

test("the counter screen has no serious or critical accessibility violations", async ({ page, request }) => {
  const { point, sell } = await pickProducts(request)
  await staffLogin(page, point.name)
  await lookUp(page, sell.variant.barcode!)
  const card = page.locator(`[data-testid="pos-result"][data-variant-id="${sell.variant.id}"]`)
  await card.getByTestId("pos-add").click()
  await expect(page.getByTestId("pos-basket-line")).toHaveCount(1)
  // no camera here (or no permission): the counter says so and the manual entry stays usable
  await page.getByTestId("pos-camera-start").click()
  await expect(page.getByTestId("pos-camera-problem")).toBeVisible()
  await expect(page.getByTestId("pos-entry")).toBeEditable()
  await page.waitForLoadState("networkidle")
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  expect(
    serious,
    serious
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
            .slice(0, 5)
            .map((n) => n.target.join(" "))
            .join("\n    ")}`
      )
      .join("\n")
  ).toEqual([])
})
