import { expect, test } from "@playwright/test"
import { ADMIN_URL, officeAdmin } from "./office"

// Seeded "Dưa lưới Ngọc Khuê" (HT18), 3★, valid until 2027-10-15; no other test touches it.
const HANDLE = "dua-luoi-ngoc-khue"
const CODE = "VN-HT18"

test("the office revokes a certificate in admin and within 5 s the shop stops selling the product", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "revocation is final, so it runs once per test run")
  test.setTimeout(180_000)

  // A shopper has the product page open (and the storefront has it cached).
  await page.goto(`/vi/products/${HANDLE}`)
  await expect(page.getByTestId("certificate-panel")).toBeVisible()

  const admin = await officeAdmin(browser)
  const productId = await admin.evaluate(async (handle) => {
    const response = await fetch(`/admin/products?handle=${handle}&fields=id`, { credentials: "include" })
    return (await response.json()).products[0].id as string
  }, HANDLE)
  await admin.goto(`${ADMIN_URL}/products/${productId}`)
  await expect(admin.getByTestId("ocop-live-certificate")).toBeVisible({ timeout: 60_000 })

  await admin.getByTestId("ocop-action-revoke").click()
  await admin.getByTestId("ocop-confirm").click()
  await expect(admin.getByTestId("ocop-error-reason")).toBeVisible() // a revocation needs its reason
  await admin.getByTestId("ocop-revocation-ground").click()
  await admin.getByTestId("ocop-revocation-ground-ocop_mark_misuse").click()
  await admin.getByTestId("ocop-reason").fill("Dùng nhãn OCOP sai quy định (kiểm thử)")
  await admin.getByTestId("ocop-confirm").click()
  await expect(admin.locator('[data-testid="ocop-status-badge"][data-status="revoked"]').first()).toBeVisible()
  const revokedAt = Date.now()

  // Within 5 seconds the shopper's page says the product is no longer sold.
  await expect
    .poll(
      async () => {
        await page.reload()
        return page.getByTestId("certificate-panel").count()
      },
      { timeout: 5_000, intervals: [200] }
    )
    .toBe(0)
  expect(Date.now() - revokedAt).toBeLessThan(5_000)
  await expect(page.getByRole("heading", { name: "Không tìm thấy sản phẩm" })).toBeVisible()

  await page.goto(`/vi/verify/${CODE}`)
  await expect(page.getByTestId("verify-status")).toContainText("Đã thu hồi")
  await admin.context().close()
})
