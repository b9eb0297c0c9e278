import AxeBuilder from "@axe-core/playwright"
import { slugify } from "@ocop/domain"
import { expect, test, type APIRequestContext, type Page, type TestInfo } from "@playwright/test"
import path from "node:path"

/**
 * Issue #6 journey: a producer registers on a phone or a desktop, the OCOP office approves it, the
 * producer adds a product and sends its recognition decision, the office verifies the certificate,
 * the product goes on sale with its stars, a shopper orders it (with another producer's product in
 * the same cart), and the producer sees and ships only their own line.
 */
const BACKEND_URL = process.env.E2E_BACKEND_URL ?? "http://localhost:9000"
const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@ocop.local", password: process.env.ADMIN_PASSWORD ?? "ocop-admin-2026" }
const OTHER_PRODUCT = "Nước mắm Luận Nghiệp" // seeded, another producer's 5★ product
const SCAN = path.join(__dirname, "fixtures", "decision-scan.png")

/** Server actions and the listing sync may take a few seconds on a busy machine. */
const AFTER_ACTION = { timeout: 30_000 }

test.describe.configure({ timeout: 300_000 })

function unique(testInfo: TestInfo) {
  const id = `${testInfo.project.name}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
  return {
    id,
    email: `htx.${id}@example.com`.toLowerCase(),
    password: "mat-khau-htx-2026",
    producer: `Hợp tác xã Thảo dược Sơn Kim ${id}`,
    product: `Trà thảo mộc Sơn Kim ${id}`,
    sku: `TRA-${id}`.toUpperCase(),
  }
}

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
}

/** The OCOP office, through the admin API with the seeded admin login. */
async function office(request: APIRequestContext) {
  const login = await request.post(`${BACKEND_URL}/auth/user/emailpass`, { data: ADMIN })
  expect(login.ok(), await login.text()).toBeTruthy()
  const { token } = await login.json()
  const headers = { authorization: `Bearer ${token}` }
  return {
    async approveProducer(name: string) {
      const list = await request.get(`${BACKEND_URL}/admin/ocop/producers`, {
        headers,
        params: { approval_status: "pending_approval", q: name, limit: 20 },
      })
      expect(list.ok(), await list.text()).toBeTruthy()
      const producer = (await list.json()).producers.find((p: { name: string }) => p.name === name)
      expect(producer, `${name} is in the office's approval queue`).toBeTruthy()
      const decided = await request.post(`${BACKEND_URL}/admin/ocop/producers/${producer.id}/approval`, {
        headers,
        data: { decision: "approve" },
      })
      expect(decided.ok(), await decided.text()).toBeTruthy()
    },
    async verifyCertificate(id: string) {
      const verified = await request.post(`${BACKEND_URL}/admin/ocop/certificates/${id}/transitions`, {
        headers,
        data: { to: "valid" },
      })
      expect(verified.ok(), await verified.text()).toBeTruthy()
    },
  }
}

async function expectNoSeriousA11yViolations(page: Page, where: string) {
  await page.waitForLoadState("networkidle")
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ")}`
  )
  expect(report, `${where}:\n${report.join("\n")}`).toEqual([])
}

// ---------------------------------------------------------------- shopper helpers (as in shopper-checkout.spec.ts)

async function addToCart(page: Page): Promise<void> {
  await page.getByTestId("add-to-cart-button").click()
  await expect(page.getByTestId("add-to-cart-added")).toBeVisible(AFTER_ACTION)
}

async function fillAddress(
  page: Page,
  address: { phone: string; province: string; commune: string; street: string; email?: string }
): Promise<void> {
  const form = page.getByTestId("checkout-address-form")
  if (address.email !== undefined) await form.getByLabel("Email").fill(address.email)
  await form.getByLabel("Họ và tên").fill("Nguyễn Thị Lan")
  await form.getByLabel("Số điện thoại di động").fill(address.phone)
  await form.getByLabel("Tỉnh/thành phố").selectOption({ label: address.province })
  await form.getByLabel("Xã/phường/đặc khu").selectOption({ label: address.commune })
  await form.getByLabel("Số nhà, đường, thôn/xóm").fill(address.street)
  await form.getByRole("button", { name: "Tiếp tục: chọn cách giao hàng" }).click()
}

async function chooseDeliveryAndPayment(page: Page, delivery: "standard" | "pickup", payment: "cod" | "vietqr") {
  await expect(page.getByTestId("checkout-step-delivery")).toHaveAttribute("data-current", "true", AFTER_ACTION)
  await page.getByTestId(`shipping-option-${delivery}`).click()
  await page.getByRole("button", { name: "Tiếp tục: chọn thanh toán" }).click()
  await expect(page.getByTestId("checkout-step-payment")).toHaveAttribute("data-current", "true", AFTER_ACTION)
  await page.getByTestId(`payment-option-${payment}`).click()
  await page.getByRole("button", { name: "Tiếp tục: xem lại đơn hàng" }).click()
  await expect(page.getByTestId("checkout-step-review")).toHaveAttribute("data-current", "true", AFTER_ACTION)
}

// ---------------------------------------------------------------- the journey

test("a producer registers, is approved, lists a certified product that a shopper buys, and ships only its own line", async ({
  page,
  browser,
  request,
}, testInfo) => {
  const who = unique(testInfo)
  const ocop = await office(request)

  // 1. register and fill in the producer profile (the commune list of Hà Tĩnh; the phone is checked)
  await page.goto("/vi/producer/login")
  await page.getByRole("link", { name: "Đăng ký chủ thể mới" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký chủ thể OCOP" })).toBeVisible()
  const register = page.getByTestId("producer-register-form")
  await register.getByLabel("Email").fill(who.email)
  await register.getByLabel("Mật khẩu").fill(who.password)
  await register.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(page).toHaveURL(/\/vi\/producer\/onboarding$/, AFTER_ACTION)

  const profile = page.getByTestId("producer-profile-form")
  await profile.getByLabel("Tên chủ thể (theo đăng ký)").fill(who.producer)
  await profile.getByLabel("Loại hình chủ thể").selectOption({ label: "Hợp tác xã" })
  await profile.getByLabel("Mã số thuế").fill("3001234567")
  await profile.getByLabel("Tỉnh/thành phố").selectOption({ label: "Tỉnh Hà Tĩnh" })
  await profile.getByLabel("Xã/phường/đặc khu").selectOption({ label: "Phường Thành Sen" })
  await profile.getByLabel("Số nhà, đường, thôn/xóm").fill("Thôn 3")
  await profile.getByLabel("Số điện thoại di động").fill("0239 385 5555") // a landline: refused on the field
  await profile.getByRole("button", { name: "Gửi hồ sơ để duyệt" }).click()
  const phone = profile.getByLabel("Số điện thoại di động")
  await expect(phone).toHaveAttribute("aria-invalid", "true", AFTER_ACTION)
  await expect(phone).toHaveAccessibleDescription(/bắt đầu bằng 03, 05, 07, 08 hoặc 09/)
  await phone.fill("0912 345 678")
  await profile.getByRole("button", { name: "Gửi hồ sơ để duyệt" }).click()

  // 2. the portal opens, waiting for the office's approval
  await expect(page.getByTestId("producer-dashboard")).toBeVisible(AFTER_ACTION)
  await expect(page.getByTestId("approval-banner")).toHaveAttribute("data-status", "pending_approval")
  await expect(page.getByTestId("portal-producer-name")).toHaveText(who.producer)

  await ocop.approveProducer(who.producer)
  await page.reload()
  await expect(page.getByTestId("approval-banner")).toHaveCount(0)
  await expectNoSeriousA11yViolations(page, "portal dashboard")

  // 3. a product with one pack size; the price is grouped as typed and sent as integer đồng
  await page.goto("/vi/producer/products/new")
  const form = page.getByTestId("product-form")
  await form.getByLabel("Tên sản phẩm").fill(who.product)
  await form.getByLabel("Bộ sản phẩm OCOP").selectOption("12") // Annex II set 12
  await form.getByLabel("Tên quy cách").fill("Hộp 200 g")
  await form.getByLabel("Mã SKU").fill(who.sku)
  await form.getByLabel("Giá bán (đồng)").fill("85000")
  await expect(form.getByLabel("Giá bán (đồng)")).toHaveValue("85.000")
  await form.getByLabel("Tồn kho ban đầu").fill("30")
  await expectNoSeriousA11yViolations(page, "product form")
  await form.getByRole("button", { name: "Lưu sản phẩm" }).click()
  await expect(page.getByTestId("product-saved")).toBeVisible(AFTER_ACTION)
  await expect(page.getByRole("heading", { level: 1, name: who.product })).toBeVisible()
  const productUrl = page.url().replace(/\?.*$/, "")

  // 4. its recognition decision, with the scan, goes to the office: "Chờ thẩm định"
  await page.getByTestId("submit-certificate-for-product").click()
  const cert = page.getByTestId("certificate-form")
  await expect(cert.getByRole("combobox", { name: "Sản phẩm", exact: true })).toHaveValue(/.+/)
  await cert.getByLabel("Số quyết định").fill(`${who.id.slice(-6)}/QĐ-UBND`)
  await cert.getByLabel("Ngày ký quyết định").fill(isoDaysAgo(20))
  await cert.getByLabel("Cơ quan cấp").fill("UBND tỉnh Hà Tĩnh")
  await cert.getByLabel("Số sao").selectOption("4")
  await cert.getByLabel("Bản scan quyết định").setInputFiles(SCAN)
  await expect(cert.getByTestId("uploaded-files").locator("li")).toHaveCount(1, AFTER_ACTION)
  await cert.getByRole("button", { name: "Gửi để thẩm định" }).click()
  await expect(page.getByTestId("certificate-submitted")).toBeVisible(AFTER_ACTION)
  await expect(page.getByTestId("certificate-detail").getByTestId("certificate-status")).toHaveAttribute("data-status", "pending_review")
  await expect(page.getByTestId("certificate-detail").getByTestId("certificate-status")).toHaveText("Chờ thẩm định")
  const certificateId = new URL(page.url()).pathname.split("/").pop()!

  // 5. the office verifies it; the product goes on sale with its 4 stars
  await ocop.verifyCertificate(certificateId)
  await page.goto(productUrl)
  const shopLink = page.getByRole("link", { name: "Xem trên cửa hàng" })
  await expect(async () => {
    await page.reload()
    await expect(shopLink).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  const productPath = (await shopLink.getAttribute("href"))!

  // 6. a shopper (own browser) buys it together with another producer's product, cash on delivery
  const use = testInfo.project.use
  const shopperContext = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport,
    userAgent: use.userAgent,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    deviceScaleFactor: use.deviceScaleFactor,
    locale: use.locale,
  })
  const shop = await shopperContext.newPage()
  await shop.goto(productPath)
  await expect(shop.getByRole("heading", { level: 1, name: who.product })).toBeVisible()
  await expect(shop.getByTestId("certificate-panel").getByTestId("star-badge")).toHaveAttribute("data-stars", "4")
  await addToCart(shop)
  await shop.goto(`/vi/products/${slugify(OTHER_PRODUCT)}`)
  await addToCart(shop)
  await shop.goto("/vi/checkout")
  await fillAddress(shop, {
    email: `lan.${who.id}@example.com`.toLowerCase(),
    phone: "0912345678",
    province: "Tỉnh Hà Tĩnh",
    commune: "Phường Thành Sen",
    street: "12 Trần Phú",
  })
  await chooseDeliveryAndPayment(shop, "standard", "cod")
  await shop.getByTestId("place-order").click()
  await expect(shop).toHaveURL(/\/vi\/order\/order_[^/]+\/confirmed$/, AFTER_ACTION)
  await shopperContext.close()

  // 7. the producer sees the order with only its own line, and ships it with a tracking number
  await page.goto("/vi/producer/orders")
  const order = page.getByTestId("portal-order")
  await expect(order).toHaveCount(1, AFTER_ACTION)
  await expect(order).toContainText(who.product)
  await expect(order).not.toContainText(OTHER_PRODUCT)
  await expect(order.getByTestId("order-ship-state")).toHaveAttribute("data-state", "toShip")
  await order.click()
  const lines = page.getByTestId("portal-order-line")
  await expect(lines).toHaveCount(1, AFTER_ACTION)
  await expect(lines).toContainText(who.product)
  await expect(page.getByTestId("portal-order-detail")).not.toContainText(OTHER_PRODUCT)
  await expect(page.getByTestId("portal-order-total")).toHaveText("85.000 ₫")
  const ship = page.getByTestId("ship-form")
  await ship.getByRole("button", { name: "Đánh dấu đã gửi hàng" }).click()
  await expect(ship.getByLabel("Mã vận đơn")).toHaveAttribute("aria-invalid", "true", AFTER_ACTION)
  await ship.getByLabel("Mã vận đơn").fill(`VNP${who.id}`.toUpperCase())
  await ship.getByRole("button", { name: "Đánh dấu đã gửi hàng" }).click()
  await expect(lines.getByTestId("line-ship-state")).toHaveText("Đã gửi hàng", AFTER_ACTION)
  await expect(page.getByTestId("portal-fulfillments")).toContainText(`VNP${who.id}`.toUpperCase())
  await expect(page.getByTestId("ship-form")).toHaveCount(0)

  // 8. the producer adds a pack size to its listed product; renaming what the certificate vouches for is refused
  await page.goto(productUrl)
  const edit = page.getByTestId("product-form")
  await edit.getByRole("button", { name: "+ Thêm quy cách" }).click()
  const packs = edit.getByTestId("variant-row")
  await expect(packs).toHaveCount(2)
  await packs.nth(1).getByLabel("Tên quy cách").fill("Hộp 500 g")
  await packs.nth(1).getByLabel("Mã SKU").fill(`${who.sku}-500`)
  await packs.nth(1).getByLabel("Giá bán (đồng)").fill("190000")
  await packs.nth(1).getByLabel("Tồn kho ban đầu").fill("12")
  await edit.getByRole("button", { name: "Lưu sản phẩm" }).click()
  await expect(page.getByTestId("product-saved")).toBeVisible(AFTER_ACTION)
  await expect(page.getByTestId("product-form").getByTestId("variant-row")).toHaveCount(2)
  await expect(page.getByTestId("product-form").getByTestId("variant-row").nth(1).getByLabel("Tên quy cách")).toHaveValue("Hộp 500 g")
  await page.getByTestId("product-form").getByLabel("Tên sản phẩm").fill(`${who.product} loại mới`)
  await page.getByTestId("product-form").getByRole("button", { name: "Lưu sản phẩm" }).click()
  await expect(page.getByTestId("form-error")).toContainText("đánh giá lại", AFTER_ACTION)
})
