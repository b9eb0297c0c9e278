import { expect, type Browser, type Page } from "@playwright/test"

export const ADMIN_URL = process.env.E2E_ADMIN_URL ?? "http://localhost:9000/app"
const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@ocop.local", password: process.env.ADMIN_PASSWORD ?? "ocop-admin-2026" }

/** The OCOP office signed in to Medusa admin (in Vietnamese, at a desk), in a context of its own. */
export async function officeAdmin(browser: Browser): Promise<Page> {
  const office = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  await office.addInitScript(() => window.localStorage.setItem("lng", "vi"))
  const admin = await office.newPage()
  await admin.goto(`${ADMIN_URL}/login`)
  await admin.locator('input[name="email"]').fill(ADMIN.email)
  await admin.locator('input[name="password"]').fill(ADMIN.password)
  await admin.locator('button[type="submit"]').click()
  await expect(admin.getByRole("link", { name: "OCOP", exact: true })).toBeVisible({ timeout: 60_000 })
  return admin
}
