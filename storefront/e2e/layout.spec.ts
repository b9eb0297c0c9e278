import { expect, test } from "@playwright/test"

/**
 * Phones, tablets and laptops: the shop's pages fit the screen's width (no sideways scrolling),
 * with the header's search box always visible.
 */
const WIDTHS = [360, 768, 1024, 1280]
const PAGES = ["/vi", "/vi/products", "/en"]

test("shop pages fit phones, tablets and laptops without scrolling sideways", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the widths are set here, once")
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 })
    for (const path of PAGES) {
      await page.goto(path)
      await expect(page.getByRole("banner").getByRole("search")).toBeVisible()
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(width)
    }
  }
})
