import { CERTIFICATE_STATUS_LABELS, LISTABLE_STATUSES, type EffectiveCertificateStatus } from "@ocop/domain"
import { expect, test, type Page } from "@playwright/test"

/** Seeded demo catalogue (shared/data/ocop-demo-dataset.json). */
const FIVE_STAR_VALID = "Nước mắm Luận Nghiệp"
const FOUR_STAR_VALID = "Kẹo Cu đơ Bà Hường"
const EXPIRED = "Bánh đa vừng Nguyên Lâm"

/** Titles of every product in the catalogue, following the backend pagination. */
async function catalogueTitles(page: Page): Promise<string[]> {
  const titles: string[] = []
  await page.goto("/vi/products")
  for (let i = 0; i < 20; i++) {
    const cards = page.getByTestId("product-card")
    await expect(cards.first()).toBeVisible()
    titles.push(...(await cards.getByRole("heading").allInnerTexts()).map((t) => t.trim()))
    const next = page.getByTestId("pagination").getByRole("link", { name: "Trang sau" })
    if ((await next.count()) === 0) break
    await next.click()
    await expect(page).toHaveURL(new RegExp(`[?&]page=${i + 2}`))
  }
  return titles
}

/** Opens a product from the catalogue by its exact title, paging through as a shopper would. */
async function openProduct(page: Page, title: string): Promise<void> {
  await page.goto("/vi/products")
  for (let i = 0; i < 20; i++) {
    const link = page.getByTestId("product-grid").getByRole("link", { name: title, exact: true })
    if ((await link.count()) > 0) {
      await link.click()
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
      return
    }
    const next = page.getByTestId("pagination").getByRole("link", { name: "Trang sau" })
    if ((await next.count()) === 0) break
    await next.click()
    await expect(page).toHaveURL(new RegExp(`[?&]page=${i + 2}`))
  }
  throw new Error(`"${title}" is not in the catalogue`)
}

test("the home page shows certified products with the star badge of their live certificate", async ({ page }) => {
  await page.goto("/vi")
  await expect(page.getByRole("link", { name: /OCOP Market/ })).toBeVisible()
  const badge = page.getByTestId("product-grid").getByTestId("star-badge").first()
  await expect(badge).toBeVisible()
  await expect(badge).toHaveAttribute("aria-label", /^OCOP [345] sao$/)
  expect(await page.getByTestId("product-card").count()).toBeLessThanOrEqual(12)
})

test("the catalogue lists valid certified products and never an expired one", async ({ page }) => {
  const titles = await catalogueTitles(page)
  expect(titles).toContain(FIVE_STAR_VALID)
  expect(titles).toContain(FOUR_STAR_VALID)
  expect(titles).not.toContain(EXPIRED)
  expect(new Set(titles).size).toBe(titles.length) // pages do not overlap
})

test("a product shows its certificate, and its verification page confirms it is valid", async ({ page }) => {
  await openProduct(page, FIVE_STAR_VALID)

  const panel = page.getByTestId("certificate-panel")
  await expect(panel).toBeVisible()
  await expect(panel.getByTestId("star-badge")).toHaveAttribute("aria-label", "OCOP 5 sao")
  await expect(panel.getByTestId("certificate-status")).toBeVisible()

  await panel.getByRole("link", { name: "Xác minh chứng nhận" }).click()
  await expect(page).toHaveURL(/\/vi\/verify\/[^/]+$/)
  await expect(page.getByRole("heading", { level: 1, name: FIVE_STAR_VALID })).toBeVisible()

  const status = page.getByTestId("verify-status")
  await expect(status).toHaveAttribute("data-listable", "true")
  await expect(status).toHaveAttribute("data-tone", "ok")
  const effective = (await status.getAttribute("data-status")) as EffectiveCertificateStatus
  expect(LISTABLE_STATUSES as readonly string[]).toContain(effective)
  await expect(status).toContainText(CERTIFICATE_STATUS_LABELS[effective].vi)
  await expect(page.getByTestId("verify-details").getByTestId("star-badge")).toHaveAttribute("aria-label", "OCOP 5 sao")
  // 5★ is the ministry's (Decision 26/2026 Art. 4.1): the level follows the stars
  await expect(page.getByTestId("verify-issuer-level")).toHaveText("Bộ Nông nghiệp và Môi trường")
  await expect(page.getByRole("img", { name: "Mã QR của trang xác minh này" })).toBeVisible()
})

test("switching the language to English keeps the product page", async ({ page }) => {
  await openProduct(page, FOUR_STAR_VALID)
  const path = new URL(page.url()).pathname
  expect(path).toMatch(/^\/vi\/products\/[^/]+$/)

  await page.getByTestId("locale-switcher").getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL((url) => url.pathname === path.replace(/^\/vi\//, "/en/"))
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1, name: FOUR_STAR_VALID })).toBeVisible()
  const panel = page.getByTestId("certificate-panel")
  await expect(panel.getByTestId("star-badge")).toHaveAttribute("aria-label", "OCOP 4 stars")
  await expect(panel.getByRole("link", { name: "Verify certificate" })).toBeVisible()
})

test("an unknown product or certificate code gets a 404 page in the visitor's language", async ({ page }) => {
  const product = await page.goto("/vi/products/khong-co-san-pham-nay")
  expect(product?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy sản phẩm" })).toBeVisible()

  const certificate = await page.goto("/en/verify/NOT-A-REAL-CODE")
  expect(certificate?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Certificate not found" })).toBeVisible()
})
