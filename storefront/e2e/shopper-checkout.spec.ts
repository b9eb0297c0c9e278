import AxeBuilder from "@axe-core/playwright"
import { slugify } from "@ocop/domain"
import { expect, test, type Page, type TestInfo } from "@playwright/test"

/** Seeded demo catalogue (shared/data/ocop-demo-dataset.json). */
const FIVE_STAR = "Nước mắm Luận Nghiệp" // HT05, 5★, 100 in stock
const FOUR_STAR = "Kẹo Cu đơ Bà Hường" // HT01, 4★, 100 in stock
const EXPIRED = "Bánh đa vừng Nguyên Lâm" // HT03, certificate expired

// Whole journeys through several server actions: longer than the default budget.
test.describe.configure({ timeout: 180_000 })
/** What a server action changes (cart, checkout step, order) may take a few seconds on a busy machine. */
const AFTER_ACTION = { timeout: 30_000 }

/** A fresh account per test and per project (both projects run against the same backend). */
function shopper(testInfo: TestInfo) {
  const id = `${testInfo.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  return { name: "Nguyễn Thị Lan", email: `lan.${id}@example.com`.toLowerCase(), password: "mat-khau-ocop-2026" }
}

/** Opens a product from the catalogue by its exact title, paging through as a shopper would (no search). */
async function openProduct(page: Page, title: string): Promise<void> {
  await page.goto("/vi/products")
  for (let i = 0; i < 20; i++) {
    const link = page.getByTestId("product-grid").getByRole("link", { name: title, exact: true })
    if ((await link.count()) > 0) {
      await link.first().click()
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible(AFTER_ACTION)
      return
    }
    const next = page.getByTestId("pagination").getByRole("link", { name: "Trang sau" })
    if ((await next.count()) === 0) break
    await next.click()
    await expect(page).toHaveURL(new RegExp(`[?&]page=${i + 2}`))
  }
  throw new Error(`"${title}" is not in the catalogue`)
}

async function addToCart(page: Page): Promise<void> {
  await page.getByTestId("add-to-cart-button").click()
  await expect(page.getByTestId("add-to-cart-added")).toBeVisible(AFTER_ACTION)
}

async function register(page: Page, who: ReturnType<typeof shopper>): Promise<void> {
  const form = page.getByTestId("register-form")
  await form.getByLabel("Họ và tên").fill(who.name)
  await form.getByLabel("Email").fill(who.email)
  await form.getByLabel("Mật khẩu").fill(who.password)
  await form.getByRole("button", { name: "Tạo tài khoản" }).click()
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

/** The account's order page shows each line's certificate snapshot (written just after the order). */
async function expectCertificateSnapshot(page: Page, stars: string): Promise<string> {
  const snapshot = page.getByTestId("certificate-snapshot").first()
  await expect(async () => {
    await page.reload()
    await expect(snapshot).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await expect(snapshot.getByTestId("star-badge")).toHaveAttribute("aria-label", stars)
  await expect(snapshot).toContainText("Chứng nhận OCOP lúc bán")
  await expect(snapshot.getByTestId("producer-snapshot")).toContainText("Chủ thể sản xuất")
  const code = (await snapshot.getByTestId("certificate-snapshot-verify").innerText()).trim()
  expect(code).not.toBe("")
  return code
}

test("a guest adds a 5★ product, registers from checkout, pays cash on delivery and finds the order with its certificate", async ({
  page,
}, testInfo) => {
  const who = shopper(testInfo)
  await openProduct(page, FIVE_STAR)
  await addToCart(page)
  await expect(page.getByTestId("header-cart")).toHaveAttribute("data-count", "1", AFTER_ACTION)

  // the cart, grouped by producer, keeps going across visits (cookie) and takes quantity changes
  await page.goto("/vi")
  await page.getByTestId("header-cart").click()
  await expect(page.getByRole("heading", { level: 1, name: "Giỏ hàng" })).toBeVisible(AFTER_ACTION)
  const group = page.getByTestId("cart-producer-group")
  await expect(group).toHaveCount(1)
  await expect(group.getByRole("heading")).toContainText("Chủ thể:")
  const line = page.getByTestId("cart-line")
  await expect(line).toContainText(FIVE_STAR)
  const unitTotal = (await line.getByTestId("cart-line-total").innerText()).trim()
  await line.getByRole("button", { name: `Tăng số lượng ${FIVE_STAR}` }).click()
  await expect(line.getByTestId("cart-line-quantity")).toHaveText("2", AFTER_ACTION)
  await expect(line.getByTestId("cart-line-total")).not.toHaveText(unitTotal)
  await expect(page.getByTestId("header-cart")).toHaveAttribute("data-count", "2")

  // checkout offers an account; registering keeps the cart and comes back to checkout
  await page.getByRole("link", { name: "Tiến hành đặt hàng" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Đặt hàng" })).toBeVisible(AFTER_ACTION)
  await page.getByRole("link", { name: "Đăng nhập hoặc tạo tài khoản" }).click()
  await expect(page).toHaveURL(/\/vi\/account\?next=%2Fcheckout$/)
  await register(page, who)
  await expect(page).toHaveURL(/\/vi\/checkout/, AFTER_ACTION)
  await expect(page.getByTestId("checkout-login-hint")).toHaveCount(0)
  await expect(page.getByTestId("checkout-address-form").getByLabel("Email")).toHaveValue(who.email)

  // a landline is refused with an announced message on the field; a mobile number passes
  await fillAddress(page, { phone: "0239 385 5555", province: "Tỉnh Hà Tĩnh", commune: "Phường Thành Sen", street: "12 Trần Phú" })
  await expect(page.getByTestId("checkout-address-form").getByRole("alert")).toContainText("1 thông tin cần sửa", AFTER_ACTION)
  const phone = page.getByLabel("Số điện thoại di động")
  await expect(phone).toHaveAttribute("aria-invalid", "true")
  await expect(phone).toHaveAccessibleDescription(/bắt đầu bằng 03, 05, 07, 08 hoặc 09/)
  await fillAddress(page, { phone: "+84 912 345 678", province: "Tỉnh Hà Tĩnh", commune: "Phường Thành Sen", street: "12 Trần Phú" })
  await expect(page.getByTestId("checkout-address-summary")).toContainText("12 Trần Phú, Phường Thành Sen, Tỉnh Hà Tĩnh", AFTER_ACTION)

  await chooseDeliveryAndPayment(page, "standard", "cod")
  await expect(page.getByTestId("checkout-delivery-summary")).toContainText("Giao hàng tiêu chuẩn")
  await expect(page.getByTestId("checkout-delivery-summary")).toContainText("30.000 ₫")
  await page.getByTestId("place-order").click()

  // confirmation: what happens next for cash on delivery; the cart is empty again
  await expect(page).toHaveURL(/\/vi\/order\/order_[^/]+\/confirmed$/, AFTER_ACTION)
  const confirmed = page.getByTestId("order-confirmed")
  await expect(confirmed).toHaveAttribute("data-payment", "cod")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cảm ơn bạn! Đơn hàng đã được đặt.")
  await expect(page.getByTestId("order-payment-method")).toHaveText("Thanh toán khi nhận hàng (COD)")
  await expect(confirmed).toContainText("bằng tiền mặt cho người giao hàng")
  await expect(page.getByTestId("vietqr")).toHaveCount(0)
  await expect(page.getByTestId("header-cart")).toHaveAttribute("data-count", "0")
  const number = (await page.getByTestId("order-number").innerText()).replace(/\D/g, "")

  // the account lists the order; its page shows the certificate the product was sold under
  await page.getByRole("link", { name: "Xem đơn trong tài khoản" }).click()
  await expect(page.getByRole("heading", { level: 1, name: `Đơn hàng #${number}` })).toBeVisible(AFTER_ACTION)
  const code = await expectCertificateSnapshot(page, "OCOP 5 sao")
  await page.getByTestId("certificate-snapshot-verify").first().click()
  await expect(page).toHaveURL(new RegExp(`/vi/verify/${encodeURIComponent(code)}$`))
  await expect(page.getByRole("heading", { level: 1, name: FIVE_STAR })).toBeVisible()

  await page.goto("/vi/account")
  await expect(page.getByTestId("account-greeting")).toContainText(who.name)
  await expect(page.getByTestId("order-row").filter({ hasText: `Đơn hàng #${number}` })).toBeVisible()
})

test("a logged-in shopper pays by VietQR: the confirmation shows the QR, bank, amount and reference, and waits for the office", async ({
  page,
  browser,
}, testInfo) => {
  const who = shopper(testInfo)
  await page.goto("/vi/account")
  await register(page, who)
  await expect(page.getByTestId("account-overview")).toBeVisible(AFTER_ACTION)
  // the same address again from another browser: told to log in (the backend's code auth.email_taken)
  const other = await browser.newPage({ baseURL: testInfo.project.use.baseURL })
  await other.goto("/vi/account")
  await register(other, who)
  await expect(other.getByTestId("register-form").getByRole("alert")).toHaveText("Email này đã có tài khoản. Hãy đăng nhập.", AFTER_ACTION)
  await other.close()

  // an address saved in the account fills the checkout
  const book = page.getByTestId("address-add-form")
  await book.getByLabel("Họ và tên").fill(who.name)
  await book.getByLabel("Số điện thoại di động").fill("0987654321")
  await book.getByLabel("Tỉnh/thành phố").selectOption({ label: "Tỉnh Quảng Trị" })
  await book.getByLabel("Xã/phường/đặc khu").selectOption({ label: "Phường Đồng Hới" })
  await book.getByLabel("Số nhà, đường, thôn/xóm").fill("8 Quang Trung")
  await book.getByRole("button", { name: "Lưu địa chỉ" }).click()
  await expect(page.getByTestId("saved-address")).toContainText("8 Quang Trung, Phường Đồng Hới, Tỉnh Quảng Trị", AFTER_ACTION)

  await openProduct(page, FOUR_STAR)
  await addToCart(page)
  await page.getByRole("link", { name: "Xem giỏ hàng" }).click()
  await page.getByRole("link", { name: "Tiến hành đặt hàng" }).click()

  const form = page.getByTestId("checkout-address-form")
  await expect(form.getByLabel("Email")).toHaveValue(who.email)
  await expect(form.getByLabel("Tỉnh/thành phố")).toHaveValue("44")
  await expect(form.getByLabel("Xã/phường/đặc khu")).toHaveValue("18880")
  await form.getByRole("button", { name: "Tiếp tục: chọn cách giao hàng" }).click()

  await chooseDeliveryAndPayment(page, "pickup", "vietqr")
  await expect(page.getByTestId("checkout-delivery-summary")).toContainText("Miễn phí")
  const total = (await page.getByTestId("checkout-total").innerText()).trim()
  await page.getByTestId("place-order").click()

  await expect(page).toHaveURL(/\/vi\/order\/order_[^/]+\/confirmed$/, AFTER_ACTION)
  await expect(page.getByTestId("order-confirmed")).toHaveAttribute("data-payment", "vietqr")
  const qr = page.getByTestId("vietqr")
  await expect(qr.getByRole("img", { name: /^Mã VietQR chuyển/ })).toBeVisible()
  await expect(qr.getByTestId("vietqr-amount")).toHaveText(total)
  await expect(qr.getByTestId("vietqr-reference")).toHaveText(/^OCOP [0-9A-F]{10}$/)
  await expect(qr.getByTestId("vietqr-bank")).not.toBeEmpty()
  await expect(qr.getByTestId("vietqr-account-number")).toHaveText(/^\d{6,}$/)
  await expect(qr.getByTestId("vietqr-awaiting")).toContainText("chờ văn phòng OCOP xác nhận")
  const reference = (await qr.getByTestId("vietqr-reference").innerText()).trim()

  // the account keeps the transfer details while the office has not confirmed it
  await page.getByRole("link", { name: "Xem đơn trong tài khoản" }).click()
  await expect(page.getByTestId("account-order")).toBeVisible(AFTER_ACTION)
  await expectCertificateSnapshot(page, "OCOP 4 sao")
  await expect(page.getByTestId("vietqr-reference")).toHaveText(reference)

  // logging out forgets the session and the customer's cart
  await page.goto("/vi/account")
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page.getByTestId("login-form")).toBeVisible(AFTER_ACTION)
  await expect(page.getByTestId("header-cart")).toHaveAttribute("data-count", "0")
})

test("switching the language keeps the cart, checkout and account pages", async ({ page }) => {
  await openProduct(page, FOUR_STAR)
  await addToCart(page)

  await page.goto("/vi/cart")
  await page.getByTestId("locale-switcher").getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL(/\/en\/cart$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1, name: "Cart" })).toBeVisible(AFTER_ACTION)
  await expect(page.getByTestId("cart-line")).toContainText(FOUR_STAR)

  await page.getByRole("link", { name: "Check out" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible(AFTER_ACTION)
  await expect(page.getByLabel("Mobile phone")).toBeVisible()
  await page.getByTestId("locale-switcher").getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL(/\/vi\/checkout$/)
  await expect(page.getByRole("heading", { level: 1, name: "Đặt hàng" })).toBeVisible(AFTER_ACTION)

  await page.goto("/en/account?next=%2Fcheckout")
  await page.getByTestId("locale-switcher").getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL(/\/vi\/account\?next=%2Fcheckout$/)
  await expect(page.getByRole("heading", { level: 2, name: "Tạo tài khoản" })).toBeVisible()
})

test("an expired product's address says it is not for sale and offers no cart button", async ({ page }) => {
  const response = await page.goto(`/vi/products/${slugify(EXPIRED)}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await expect(page.locator("main")).toContainText(/không (còn )?được bán/)
  await expect(page.getByTestId("add-to-cart")).toHaveCount(0)
})

/** axe-core: no violation of impact "serious" or "critical" on the page as it is now. */
async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
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

test("cart, every checkout step, the VietQR confirmation and the account have no serious accessibility violations", async ({
  page,
}, testInfo) => {
  const who = shopper(testInfo)
  await page.goto("/vi/account")
  await expectNoSeriousA11yViolations(page, "account (guest)")
  await register(page, who)
  await expect(page.getByTestId("account-overview")).toBeVisible(AFTER_ACTION)
  await expectNoSeriousA11yViolations(page, "account overview")

  await page.goto(`/vi/products/${slugify(FIVE_STAR)}`)
  await addToCart(page)
  await page.goto("/vi/cart")
  await expectNoSeriousA11yViolations(page, "cart")

  await page.goto("/vi/checkout")
  await page.getByRole("button", { name: "Tiếp tục: chọn cách giao hàng" }).click()
  await expect(page.getByTestId("checkout-address-form").getByRole("alert")).toBeVisible(AFTER_ACTION)
  await expectNoSeriousA11yViolations(page, "checkout address with errors")
  await fillAddress(page, { phone: "0912345678", province: "Tỉnh Hà Tĩnh", commune: "Xã Hương Sơn", street: "Thôn 3" })
  await expect(page.getByTestId("checkout-step-delivery")).toHaveAttribute("data-current", "true", AFTER_ACTION)
  await expectNoSeriousA11yViolations(page, "checkout delivery")
  await chooseDeliveryAndPayment(page, "standard", "vietqr")
  await expectNoSeriousA11yViolations(page, "checkout review")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("vietqr")).toBeVisible(AFTER_ACTION)
  await expectNoSeriousA11yViolations(page, "VietQR confirmation")
  await page.getByRole("link", { name: "Xem đơn trong tài khoản" }).click()
  await expect(page.getByTestId("account-order")).toBeVisible(AFTER_ACTION)
  await expectNoSeriousA11yViolations(page, "account order")
})
