import { expect, test } from "@playwright/test"

/**
 * Attacks on accounts through the pages (issue 14, findings 2 and 10): a forged invitation link
 * opens no password form and creates no login; guessing a counter password stops with a Vietnamese
 * "too many attempts" message, and nothing about the account changes.
 */
const BACKEND = process.env.E2E_BACKEND_URL ?? "http://localhost:9000"

test.describe.configure({ timeout: 120_000 })

test("a forged invitation link shows no password form and creates no login", async ({ page, request }) => {
  const forged = "gia-mao-" + Date.now().toString(36)
  await page.goto(`/vi/pos/invite/${forged}`)
  await expect(page.getByTestId("pos-invite-invalid")).toContainText("Đường dẫn mời không hợp lệ")
  await expect(page.getByTestId("pos-invite-form")).toHaveCount(0)
  // the backend refuses the same token outright
  const accepted = await request.post(`${BACKEND}/pos/invites/${forged}`, { data: { password: "mat-khau-gia-2026" } })
  expect(accepted.status()).toBe(400)
})

test("guessing a counter password: after 5 wrong tries the login answers in Vietnamese to wait, and the right attempt is not checked", async ({
  page,
  request,
}) => {
  // an address nobody owns: the limit holds for unknown accounts too (no hint whether one exists)
  const email = `doan-mo-${Date.now().toString(36)}@pos.test`
  await page.goto("/vi/pos/login")
  for (let i = 0; i < 6; i++) {
    await page.locator("#pos-email").fill(email)
    await page.locator("#pos-password").fill(`sai-mat-khau-${i}`)
    // each try waits for the server action's answer before the next
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/pos/login")),
      page.getByTestId("pos-login-submit").click(),
    ])
    await expect(page.getByTestId("pos-login-error")).toBeVisible()
  }
  await expect(page.getByTestId("pos-login-error")).toContainText(/Quá nhiều lần đăng nhập sai\. Vui lòng thử lại sau \d+ phút\./)
  await expect(page).toHaveURL(/\/vi\/pos\/login/)
  const direct = await request.post(`${BACKEND}/auth/sales_point/emailpass`, { data: { email, password: "bat-ky-mat-khau" } })
  expect(direct.status()).toBe(429)
  expect(Number(direct.headers()["retry-after"])).toBeGreaterThan(0)
})
