import { expect, test } from "@playwright/test"
import { officeAdmin } from "./office"

// Seeded by backend/src/scripts/seed/retail.ts
const HA_TINH_POINT = "Điểm giới thiệu và bán sản phẩm OCOP Hà Tĩnh"
const DEMO_FAIR = "Hội chợ OCOP Hà Tĩnh mùa đông 2026"
const DEMO_BOOTH = "Gian hàng số 12 — Sản phẩm OCOP Hà Tĩnh"
const FAIR_STARTS = new Date("2026-11-20T01:00:00Z")
const FAIR_ENDS = new Date("2026-11-30T15:00:00Z")

test("the office sees its points of sale and fairs in admin, opens a new point whose publishable key it can hand over, and gives it a counter login", async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the office works at a desk; the point it opens stays in the database")
  test.setTimeout(180_000)

  const admin = await officeAdmin(browser)
  await admin.getByRole("link", { name: "Điểm bán & hội chợ", exact: true }).click()
  await expect(admin.getByRole("heading", { level: 1, name: "Điểm bán & hội chợ" })).toBeVisible()

  // The seeded point: category and province by their Vietnamese names, selling, with its key for POS software.
  const seeded = admin.getByTestId("retail-point-row").filter({ hasText: HA_TINH_POINT })
  await expect(seeded).toBeVisible()
  await expect(seeded.getByTestId("retail-point-category-cell")).toHaveText("Khu, điểm du lịch")
  await expect(seeded.getByTestId("retail-point-province")).toHaveText("Phường Thành Sen, Hà Tĩnh")
  await expect(seeded.getByTestId("retail-point-channel")).toHaveText("Đang bán")
  await expect(seeded.getByTestId("retail-point-key")).toHaveAttribute("data-token", /^pk_/)

  // The seeded fair with its booth; its state and the booth's channel follow today's date.
  const now = Date.now()
  const fair = admin.getByTestId("retail-fair-row").filter({ hasText: DEMO_FAIR })
  await expect(fair.getByTestId("retail-fair-dates")).toContainText("20/11/2026 – 30/11/2026")
  await expect(fair.getByTestId("retail-fair-state")).toHaveText(
    now < FAIR_STARTS.getTime() ? "Sắp diễn ra" : now <= FAIR_ENDS.getTime() ? "Đang diễn ra" : "Đã kết thúc"
  )
  const booth = fair.getByTestId("retail-booth").filter({ hasText: DEMO_BOOTH })
  await expect(booth).toBeVisible()
  const boothOpen = FAIR_STARTS.getTime() <= now && now <= FAIR_ENDS.getTime()
  await expect(booth.getByTestId("retail-booth-channel")).toHaveText(boothOpen ? "Đang mở" : "Đã đóng")

  const countPoints = () =>
    admin.evaluate(async () => {
      const response = await fetch("/admin/ocop/sales-points", { credentials: "include" })
      return ((await response.json()).sales_points as unknown[]).length
    })
  const before = await countPoints()

  // A point without a name: the backend's Vietnamese message shows in the form, nothing is created.
  await admin.getByTestId("retail-point-open").click()
  const form = admin.getByTestId("retail-point-form")
  await form.getByTestId("retail-point-category").click()
  await admin.getByTestId("retail-point-category-market").click()
  await form.getByTestId("retail-point-province").click()
  await admin.getByRole("option", { name: "Hà Tĩnh", exact: true }).click()
  await form.getByTestId("retail-point-commune").click()
  await admin.getByRole("option", { name: "Phường Trần Phú", exact: true }).click()
  await form.getByTestId("retail-point-address").fill("Chợ Hà Tĩnh, Phường Trần Phú")
  await form.getByTestId("retail-point-form-submit").click()
  await expect(form.getByTestId("retail-point-form-error")).toContainText("bắt buộc")
  expect(await countPoints()).toBe(before)

  // With a name it opens, and the office sees the key to give to the point's POS software.
  const name = `Điểm bán OCOP chợ Hà Tĩnh ${Date.now()}`
  await form.getByTestId("retail-point-name").fill(name)
  await form.getByTestId("retail-point-form-submit").click()
  const key = form.getByTestId("retail-point-created-key")
  await expect(key).toHaveAttribute("data-token", /^pk_/)
  const token = (await key.getAttribute("data-token"))!
  await expect(key).toContainText(token)
  await form.getByTestId("retail-point-form-close").click()
  expect(await countPoints()).toBe(before + 1)

  const created = admin.getByTestId("retail-point-row").filter({ hasText: name })
  await expect(created).toBeVisible()
  await expect(created.getByTestId("retail-point-category-cell")).toHaveText("Chợ")
  await expect(created.getByTestId("retail-point-province")).toHaveText("Phường Trần Phú, Hà Tĩnh")
  await expect(created.getByTestId("retail-point-key")).toHaveAttribute("data-token", token)

  // The new point gets a counter clerk by invitation: the office types no password, it gets a one-time link
  // the clerk opens to set their own; the clerk is listed as waiting, then active once the password is set.
  await created.getByTestId("retail-staff-open").click()
  const staffForm = admin.getByTestId("retail-staff-form")
  await expect(staffForm.getByTestId("retail-staff-list")).toContainText("Chưa có nhân viên.")
  await expect(staffForm.locator("#retail-staff-password")).toHaveCount(0)
  const email = `nhanvien-${Date.now()}@ocop.local`
  await staffForm.getByTestId("retail-staff-email").fill(email)
  await staffForm.getByTestId("retail-staff-name").fill("Lê Thị Lan")
  await staffForm.getByTestId("retail-staff-form-submit").click()
  const member = staffForm.getByTestId("retail-staff-member").filter({ hasText: email })
  await expect(member).toContainText("Lê Thị Lan")
  await expect(member.getByTestId("retail-staff-status")).toHaveText("Chờ đặt mật khẩu")
  await expect(staffForm.getByTestId("retail-staff-form-error")).toHaveCount(0)
  const link = staffForm.getByTestId("retail-staff-invite")
  await expect(link).toHaveAttribute("data-url", /\/vi\/pos\/invite\/[\w-]+$/)
  const url = new URL((await link.getAttribute("data-url"))!)

  // The clerk opens the link on the counter's tablet: a short password is refused in Vietnamese, a good one opens the counter.
  const clerk = await browser.newPage({ baseURL: testInfo.project.use.baseURL })
  await clerk.goto(url.pathname)
  await expect(clerk.getByTestId("pos-invite-greeting")).toContainText("Lê Thị Lan")
  await clerk.locator("#pos-invite-password").fill("ngan")
  await clerk.locator("#pos-invite-confirm").fill("ngan")
  await clerk.getByTestId("pos-invite-submit").click()
  await expect(clerk.getByTestId("pos-invite-error")).toContainText("Mật khẩu quá ngắn")
  await clerk.locator("#pos-invite-password").fill("quay-cho-2026")
  await clerk.locator("#pos-invite-confirm").fill("quay-cho-2026")
  await clerk.getByTestId("pos-invite-submit").click()
  await expect(clerk).toHaveURL(/\/vi\/pos(\/|$)/)
  await expect(clerk.getByText(name).first()).toBeVisible()
  // the link works once
  await clerk.goto(url.pathname)
  await expect(clerk.getByTestId("pos-invite-invalid")).toBeVisible()
  await clerk.close()

  // The office disables the clerk: listed as disabled
  await member.getByTestId("retail-staff-toggle").click()
  await expect(member.getByTestId("retail-staff-status")).toHaveText("Đã khoá")
  await admin.context().close()
})
