import { expect, test, type Page } from "@playwright/test"

/** Seeded demo catalogue (shared/data/ocop-demo-dataset.json). */
const CU_DO_FOUR_STARS = "Kẹo Cu đơ Bà Hường" // 4★, Hà Tĩnh (42)
const HA_TINH = "42"

const results = (page: Page) => page.getByTestId("search-result")

/** Titles of the results on the current page. */
async function resultTitles(page: Page): Promise<string[]> {
  return (await results(page).getByRole("heading").allInnerTexts()).map((t) => t.trim())
}

async function resultCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("search-count").getAttribute("data-count"))
}

/** The filter panel is folded into a <details> on phones: open it when it is closed. */
async function openFilters(page: Page): Promise<void> {
  const details = page.getByTestId("facets")
  const summary = details.locator("summary")
  if ((await summary.isVisible()) && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await summary.click()
  }
}

function facetOption(page: Page, facet: string, value: string) {
  return page.locator(`[data-testid="facet-option"][data-facet="${facet}"][data-value="${value}"]`)
}

test("typing without accents in the header box finds the Vietnamese products", async ({ page }) => {
  await page.goto("/vi")
  const box = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" })
  await box.fill("nuoc mam")
  await box.press("Enter")

  await expect(page).toHaveURL(/\/vi\/search\?q=nuoc\+mam$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho “nuoc mam”")
  await expect(results(page).first()).toBeVisible()
  const titles = await resultTitles(page)
  expect(titles.length).toBeGreaterThan(0)
  expect(titles.some((t) => t.startsWith("Nước mắm"))).toBe(true)
  // every result carries the star badge of its live certificate
  await expect(results(page).first().getByTestId("star-badge")).toHaveAttribute("aria-label", /^OCOP [345] sao$/)
  await expect(box).toHaveValue("nuoc mam")
})

test("suggestions appear while typing; the keyboard and a click open the product", async ({ page }) => {
  await page.goto("/vi")
  const box = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" })
  await box.pressSequentially("cu do", { delay: 40 })

  const listbox = page.getByRole("listbox", { name: "Gợi ý sản phẩm" })
  const option = listbox.getByRole("option", { name: new RegExp(CU_DO_FOUR_STARS) })
  await expect(option).toBeVisible()
  await expect(box).toHaveAttribute("aria-expanded", "true")

  // Escape closes the list, ArrowDown opens it again
  await box.press("Escape")
  await expect(listbox).toBeHidden()
  await expect(box).toHaveAttribute("aria-expanded", "false")

  // arrow down to the product, Enter opens it
  const options = listbox.getByRole("option")
  await box.press("ArrowDown")
  await expect(options.first()).toHaveAttribute("aria-selected", "true")
  const index = (await options.allInnerTexts()).findIndex((t) => t.includes(CU_DO_FOUR_STARS))
  expect(index).toBeGreaterThanOrEqual(0)
  for (let i = 0; i < index; i++) await box.press("ArrowDown")
  await expect(options.nth(index)).toHaveAttribute("aria-selected", "true")
  await expect(box).toHaveAttribute("aria-activedescendant", (await options.nth(index).getAttribute("id"))!)
  await box.press("Enter")
  await expect(page).toHaveURL(/\/vi\/products\/[^/?]+$/)
  await expect(page.getByRole("heading", { level: 1, name: CU_DO_FOUR_STARS })).toBeVisible()

  // a click (tap) on a suggestion opens it too
  await page.goto("/vi")
  await page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" }).pressSequentially("keo cu", { delay: 40 })
  await page.getByRole("option", { name: new RegExp(CU_DO_FOUR_STARS) }).click()
  await expect(page.getByRole("heading", { level: 1, name: CU_DO_FOUR_STARS })).toBeVisible()
})

test("a stars filter changes the URL and the results, and the back button restores them", async ({ page }) => {
  await page.goto("/vi/search?q=cu+do")
  await expect(results(page).first()).toBeVisible()
  const before = await resultTitles(page)
  const countBefore = await resultCount(page)
  const starsBefore = await results(page).evaluateAll((cards) => cards.map((c) => Number(c.getAttribute("data-stars"))))
  expect(starsBefore.some((s) => s < 4)).toBe(true) // the demo has 3★ cu đơ, so the filter must change something

  await openFilters(page)
  await facetOption(page, "stars", "4").click()
  await expect(page).toHaveURL(/[?&]stars=4(&|$)/)
  await expect(facetOption(page, "stars", "4")).toHaveAttribute("aria-current", "true")
  await expect.poll(() => resultCount(page)).toBeLessThan(countBefore)
  const stars = await results(page).evaluateAll((cards) => cards.map((c) => Number(c.getAttribute("data-stars"))))
  expect(stars.length).toBeGreaterThan(0)
  expect(stars.every((s) => s >= 4)).toBe(true)
  expect(await resultTitles(page)).toContain(CU_DO_FOUR_STARS)
  await expect(page.getByTestId("active-filters").getByRole("link", { name: "Bỏ lọc Từ 4 sao" })).toBeVisible()

  // a province on top of it: both in the URL, only Hà Tĩnh products
  await openFilters(page)
  await facetOption(page, "province", HA_TINH).click()
  await expect(page).toHaveURL(/[?&]province=42(&|$)/)
  await expect(page).toHaveURL(/[?&]stars=4(&|$)/)
  const provinces = await results(page).evaluateAll((cards) => cards.map((c) => c.getAttribute("data-province")))
  expect(provinces.every((p) => p === HA_TINH)).toBe(true)

  await page.goBack()
  await expect(page).toHaveURL(/[?&]stars=4$/)
  await page.goBack()
  await expect(page).toHaveURL(/\/vi\/search\?q=cu\+do$/)
  await expect.poll(() => resultCount(page)).toBe(countBefore)
  expect(await resultTitles(page)).toEqual(before)
})

test("sorting by price and paging go through the URL", async ({ page }) => {
  await page.goto("/vi/search")
  await expect(results(page).first()).toBeVisible()
  await page.getByRole("combobox", { name: "Sắp xếp" }).selectOption("price_asc")
  await expect(page).toHaveURL(/[?&]sort=price_asc(&|$)/)
  await expect(page.getByRole("combobox", { name: "Sắp xếp" })).toHaveValue("price_asc")
  const prices = await results(page).evaluateAll((cards) => cards.map((c) => Number(c.getAttribute("data-price-min"))))
  expect(prices).toEqual([...prices].sort((a, b) => a - b))

  const pagination = page.getByTestId("search-pagination")
  if ((await pagination.count()) > 0) {
    const firstPage = await resultTitles(page)
    await pagination.getByRole("link", { name: "Trang sau" }).click()
    await expect(page).toHaveURL(/[?&]page=2(&|$)/)
    await expect(page).toHaveURL(/[?&]sort=price_asc(&|$)/)
    await expect(pagination.getByRole("link", { name: "Trang 2" })).toHaveAttribute("aria-current", "page")
    const secondPage = await resultTitles(page)
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([])
    const nextPrices = await results(page).evaluateAll((cards) => cards.map((c) => Number(c.getAttribute("data-price-min"))))
    expect(nextPrices[0]).toBeGreaterThanOrEqual(prices.at(-1)!)
  }
})

test("a search with no result shows the empty state with suggestions", async ({ page }) => {
  await page.goto("/vi/search?q=khong+co+san+pham+nay+xyz&stars=5")
  const empty = page.getByTestId("search-empty")
  await expect(empty).toBeVisible()
  await expect(empty.getByRole("heading", { name: "Không tìm thấy sản phẩm nào cho “khong co san pham nay xyz”" })).toBeVisible()
  await expect(empty.getByRole("link", { name: "Xóa tất cả bộ lọc" })).toBeVisible()

  await empty.getByTestId("popular-searches").getByRole("link", { name: "nước mắm" }).click()
  await expect(page).toHaveURL(/\/vi\/search\?q=n%C6%B0%E1%BB%9Bc\+m%E1%BA%AFm$/)
  await expect(results(page).first()).toBeVisible()
  expect((await resultTitles(page)).some((t) => t.startsWith("Nước mắm"))).toBe(true)
})

test("a bad parameter shows the backend's message instead of an error page", async ({ page }) => {
  const response = await page.goto("/vi/search?q=mam&stars=7")
  expect(response?.status()).toBe(200)
  const error = page.getByTestId("search-error")
  await expect(error).toHaveRole("alert")
  await expect(error).toContainText("3, 4 hoặc 5")
  await error.getByRole("link", { name: "Xóa bộ lọc và tìm lại" }).click()
  await expect(page).toHaveURL(/\/vi\/search\?q=mam$/)
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the results page is server-rendered; filters and the header box still work", async ({ page }) => {
    await page.goto("/vi/search?q=cu+do")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho “cu do”")
    expect(await resultTitles(page)).toContain(CU_DO_FOUR_STARS)

    // filters are plain links
    await openFilters(page)
    await facetOption(page, "stars", "4").click()
    await expect(page).toHaveURL(/[?&]stars=4(&|$)/)
    const stars = await results(page).evaluateAll((cards) => cards.map((c) => Number(c.getAttribute("data-stars"))))
    expect(stars.length).toBeGreaterThan(0)
    expect(stars.every((s) => s >= 4)).toBe(true)

    // the header box is a plain GET form
    const box = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" })
    await box.fill("nuoc mam")
    await box.press("Enter")
    await expect(page).toHaveURL(/\/vi\/search\?q=nuoc\+mam$/)
    expect((await resultTitles(page)).some((t) => t.startsWith("Nước mắm"))).toBe(true)
  })
})

test("the results page speaks English with the domain's English labels", async ({ page }) => {
  await page.goto("/en/search?q=cu+do")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “cu do”")
  await expect(results(page).first().getByTestId("star-badge")).toHaveAttribute("aria-label", /^OCOP [345] stars$/)
  await openFilters(page)
  await expect(page.getByTestId("facet-sector").getByRole("link", { name: /^Food/ })).toBeVisible()
  await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("relevance")
})
