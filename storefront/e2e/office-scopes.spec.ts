import { expect, test } from "@playwright/test"
import { ADMIN_URL, officeAdmin } from "./office"

test("the office sees its scope on its pages, and a national account sees who holds which scope", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the OCOP office works at a desk")
  test.setTimeout(120_000)
  const admin = await officeAdmin(browser)

  // the development bootstrap admin is the national office
  await admin.goto(`${ADMIN_URL}/ocop`)
  await expect(admin.getByTestId("office-scope")).toHaveText("Toàn quốc", { timeout: 60_000 })
  await expect(admin.getByTestId("office-scope")).toHaveAttribute("data-scope", "national")

  await admin.goto(`${ADMIN_URL}/ocop-office-scopes`)
  await expect(admin.getByRole("heading", { level: 1, name: "Phân quyền văn phòng OCOP" })).toBeVisible({ timeout: 60_000 })
  const self = admin.getByTestId("office-user-admin@ocop.local")
  await expect(self.getByTestId("office-user-scope")).toHaveText("Toàn quốc")
  // nobody changes their own scope
  await expect(self.getByTestId("office-user-scope-select")).toHaveCount(0)
})
