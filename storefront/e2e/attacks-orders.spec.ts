import { expect, test, type Page } from "@playwright/test"

/**
 * Attack (issue 14, finding 9): an order id is not a key. A guest places an order; the confirmation
 * page shows it to that browser (the signed token the checkout kept in an httpOnly cookie), while
 * another browser opening the same address — a forwarded link, a shared screen, a guessed id — sees
 * "not found" and none of the e-mail, address or lines.
 */
const PRODUCT = "Kẹo Cu đơ Bà Hường" // HT01, 4★, in stock
const AFTER_ACTION = { timeout: 30_000 }
const GUEST_EMAIL = `khach.${Date.now()}@example.com`

test.describe.configure({ timeout: 180_000 })

async function guestCheckout(page: Page): Promise<string> {
  await page.goto("/vi/products")
  for (let i = 0; i < 20; i++) {
    const link = page.getByTestId("product-grid").getByRole("link", { name: PRODUCT, exact: true })
    if ((await link.count()) > 0) {
      await link.first().click()
      break
    }
    await page.getByTestId("pagination").getByRole("link", { name: "Trang sau" }).click()
    await expect(page).toHaveURL(new RegExp(`[?&]page=${i + 2}`))
  }
  await expect(page.getByRole("heading", { level: 1, name: PRODUCT })).toBeVisible(AFTER_ACTION)
  await page.getByTestId("add-to-cart-button").click()
  await expect(page.getByTestId("add-to-cart-added")).toBeVisible(AFTER_ACTION)
  await page.goto("/vi/checkout")
  const form = page.getByTestId("checkout-address-form")
  await form.getByLabel("Email").fill(GUEST_EMAIL)
  await form.getByLabel("Họ và tên").fill("Trần Thị Hoa")
  await form.getByLabel("Số điện thoại di động").fill("0912 345 678")
  await form.getByLabel("Tỉnh/thành phố").selectOption({ label: "Tỉnh Hà Tĩnh" })
  await form.getByLabel("Xã/phường/đặc khu").selectOption({ label: "Phường Thành Sen" })
  await form.getByLabel("Số nhà, đường, thôn/xóm").fill("99 Hà Huy Tập")
  await form.getByRole("button", { name: "Tiếp tục: chọn cách giao hàng" }).click()
  await expect(page.getByTestId("checkout-step-delivery")).toHaveAttribute("data-current", "true", AFTER_ACTION)
  await page.getByTestId("shipping-option-standard").click()
  await page.getByRole("button", { name: "Tiếp tục: chọn thanh toán" }).click()
  await expect(page.getByTestId("checkout-step-payment")).toHaveAttribute("data-current", "true", AFTER_ACTION)
  await page.getByTestId("payment-option-cod").click()
  await page.getByRole("button", { name: "Tiếp tục: xem lại đơn hàng" }).click()
  await expect(page.getByTestId("checkout-step-review")).toHaveAttribute("data-current", "true", AFTER_ACTION)
  await page.getByTestId("place-order").click()
  await expect(page).toHaveURL(/\/vi\/order\/order_[^/]+\/confirmed$/, AFTER_ACTION)
  return page.url()
}

test("another browser opening a guest's confirmation address sees not-found and nothing of the order", async ({ page, browser }) => {
  const url = await guestCheckout(page)
  // the guest's own browser sees its order
  await expect(page.getByTestId("order-confirmed")).toBeVisible()
  await page.reload()
  await expect(page.getByTestId("order-confirmed")).toContainText(GUEST_EMAIL)

  const stranger = await browser.newContext()
  const other = await stranger.newPage()
  const response = await other.goto(url)
  expect(response?.status()).toBe(404)
  await expect(other.getByTestId("not-found")).toBeVisible()
  await expect(other.getByTestId("order-confirmed")).toHaveCount(0)
  const text = await other.locator("body").innerText()
  expect(text).not.toContain(GUEST_EMAIL)
  expect(text).not.toContain("99 Hà Huy Tập")
  expect(text).not.toContain(PRODUCT)

  // a forged signed link opens nothing either
  await other.goto(`${url}?token=${"9".repeat(10)}.${"A".repeat(43)}`)
  await expect(other.getByTestId("not-found")).toBeVisible()
  await expect(other.getByTestId("order-confirmed")).toHaveCount(0)
  await stranger.close()
})
