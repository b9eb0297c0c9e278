import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"

/**
 * axe-core on the shopper's main pages, at the phone and desktop sizes of the Playwright
 * projects: no violation of impact "serious" or "critical" (contrast, names, labels, landmarks,
 * ARIA use…). Every rule axe has runs, WCAG 2.1 A/AA and best practices alike.
 */
const PAGES = [
  { name: "home", path: "/vi" },
  { name: "listing (province)", path: "/vi/provinces/42" },
  { name: "listing (product set)", path: "/vi/c/i/9" },
  { name: "categories", path: "/vi/c" },
  { name: "provinces", path: "/vi/provinces" },
  { name: "product", path: "/vi/products/nuoc-mam-luan-nghiep" },
  { name: "producer", path: "/vi/producers/co-so-nuoc-mam-luan-nghiep" },
  { name: "search", path: "/vi/search?q=n%C6%B0%E1%BB%9Bc+m%E1%BA%AFm" },
  { name: "verify", path: "/vi/verify/VN-HT05" },
  { name: "home in English", path: "/en" },
]

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number]

/** "rule (impact): help — target, target" per violation, so a failure says where to look. */
function describe(violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(" "))
          .join("\n    ")}`
    )
    .join("\n")
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical")
}

for (const { name, path } of PAGES) {
  test(`${name} has no serious or critical accessibility violations`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.locator("main")).toBeVisible()
    await page.waitForLoadState("networkidle")
    const violations = await seriousViolations(page)
    expect(violations, describe(violations)).toEqual([])
  })
}

/** Outline and box-shadow of an element, its card (if any) and its parent: where a focus ring shows. */
function look(el: Element): string {
  const boxes = [el, el.closest("article"), el.parentElement].filter((e): e is Element => !!e)
  return boxes
    .map((b) => {
      const s = getComputedStyle(b)
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`
    })
    .join(" || ")
}

test("the keyboard reaches the page's links in layout order, each with a visible focus indicator", async ({ page }) => {
  await page.goto("/vi/provinces/42")
  await page.waitForLoadState("networkidle")
  const seen: { text: string; testid: string | null }[] = []
  for (let i = 0; i < 45; i++) {
    await page.keyboard.press("Tab")
    const active = await page.evaluateHandle(() => document.activeElement)
    const info = await active.evaluate((el) =>
      el && el !== document.body && el.closest("main")
        ? {
            text: ((el as HTMLElement).getAttribute("aria-label") || el.textContent || "").trim().slice(0, 60),
            testid: el.closest("[data-testid]")?.getAttribute("data-testid") ?? null,
          }
        : null
    )
    if (!info) continue
    seen.push(info)
    // the element looks different with the keyboard focus than without it
    const focused = await active.evaluate(look)
    await active.evaluate((el) => (el as HTMLElement).blur())
    const blurred = await active.evaluate(look)
    await active.evaluate((el) => (el as HTMLElement).focus())
    expect(focused, `focus on "${info.text}" is visible`).not.toBe(blurred)
  }
  // breadcrumbs first, then the product-set chips, the order, the products, as laid out on screen
  expect(seen[0]?.text).toBe("Trang chủ")
  const firstChip = seen.findIndex((f) => f.testid === "province-set-chips")
  const firstSort = seen.findIndex((f) => f.testid === "sort-nav")
  const firstCard = seen.findIndex((f) => f.testid === "product-card")
  expect(firstChip).toBeGreaterThan(0)
  expect(firstSort).toBeGreaterThan(firstChip)
  expect(firstCard).toBeGreaterThan(firstSort)
})

test("the first Tab offers a skip link that moves the keyboard past the header", async ({ page }) => {
  await page.goto("/vi/products/nuoc-mam-luan-nghiep")
  await page.waitForLoadState("networkidle")
  await page.keyboard.press("Tab")
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press("Enter")
  await expect(page.locator("main")).toBeFocused()
  await page.keyboard.press("Tab")
  // the next stop is the first link of the page's content: its breadcrumbs
  await expect(page.getByTestId("breadcrumbs").getByRole("link", { name: "Trang chủ" })).toBeFocused()
})
