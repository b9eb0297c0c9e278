import { slugify } from "@ocop/domain"
import { expect, test, type Page } from "@playwright/test"

/** Seeded demo catalogue (shared/data/ocop-demo-dataset.json). */
const FIVE_STAR = "Nước mắm Luận Nghiệp" // HT05, valid 5★, Hà Tĩnh, product set 9 (sector I)
const FOUR_STAR_HA_TINH = "Kẹo Cu đơ Bà Hường" // HT01, 4★, Hà Tĩnh (42)
const QUANG_TRI_PRODUCT = "Gạo hữu cơ Quảng Trị" // Quảng Trị (44)
const EXPIRED = "Bánh đa vừng Nguyên Lâm" // HT03, expired: never listed
const TWO_PRODUCT_PRODUCER = { handle: "co-so-hai-san-kho-hoa-linh-chi", name: "Cơ sở hải sản khô Hoa Linh Chi" }

const cards = (page: Page) => page.getByTestId("product-card")

async function cardTitles(page: Page): Promise<string[]> {
  return (await cards(page).getByRole("heading").allInnerTexts()).map((t) => t.trim())
}

async function listingCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("listing-count").getAttribute("data-count"))
}

/** Titles across every page of a listing, following its "next page" links (one backend page each). */
async function titlesAcrossPages(page: Page, path: string): Promise<{ titles: string[]; pages: number }> {
  await page.goto(path)
  const titles: string[] = []
  let pages = 0
  for (; pages < 50; ) {
    await expect(cards(page).first()).toBeVisible()
    titles.push(...(await cardTitles(page)))
    pages++
    const next = page.getByTestId("pagination").getByRole("link", { name: "Trang sau" })
    if ((await next.count()) === 0) break
    await next.click()
    await expect(page).toHaveURL(new RegExp(`[?&]page=${pages + 1}(&|$)`))
  }
  return { titles, pages }
}

test("the home page shows 5★ and 4★ sections whose cards carry their star badge", async ({ page }) => {
  await page.goto("/vi")

  const five = page.getByRole("region", { name: "OCOP 5 sao" })
  await expect(five).toBeVisible()
  await expect(five.getByRole("link", { name: FIVE_STAR, exact: true })).toBeVisible()
  const fiveBadges = five.getByTestId("product-card").getByTestId("star-badge")
  expect(await fiveBadges.count()).toBeGreaterThan(0)
  for (const badge of await fiveBadges.all()) await expect(badge).toHaveAttribute("aria-label", "OCOP 5 sao")

  const four = page.getByRole("region", { name: "OCOP 4 sao" })
  await expect(four).toBeVisible()
  const fourBadges = four.getByTestId("product-card").getByTestId("star-badge")
  expect(await fourBadges.count()).toBeGreaterThan(0)
  // exactly 4★ (the backend's `stars` is a minimum: the section skips past the 5★ ones)
  for (const badge of await fourBadges.all()) await expect(badge).toHaveAttribute("aria-label", "OCOP 4 sao")

  await expect(page.getByRole("region", { name: "Mới được chứng nhận" }).getByTestId("product-card").first()).toBeVisible()

  const brands = page.getByRole("region", { name: "Thương hiệu vùng" })
  for (const brand of ["Cu đơ Hà Tĩnh", "Bưởi Phúc Trạch", "Cam Vũ Quang", "Nhung hươu Hương Sơn", "Nước mắm Kỳ Anh"]) {
    await expect(brands.getByRole("link", { name: brand })).toBeVisible()
  }
  await brands.getByRole("link", { name: "Cu đơ Hà Tĩnh" }).click()
  await expect(page).toHaveURL(/\/vi\/search\?q=cu\+%C4%91%C6%A1&province=42$/)
  await expect(page.getByTestId("search-result").first()).toBeVisible()
})

test("a province page lists the province's products, one backend page at a time", async ({ page }) => {
  await page.goto("/vi")
  await page
    .getByTestId("home-provinces")
    .getByRole("link", { name: /Hà Tĩnh/ })
    .click()
  await expect(page).toHaveURL(/\/vi\/provinces\/42$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sản phẩm OCOP Hà Tĩnh")
  const crumbs = page.getByTestId("breadcrumbs")
  await expect(crumbs.getByRole("link", { name: "Tỉnh, thành phố" })).toHaveAttribute("href", "/vi/provinces")
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText("Hà Tĩnh")

  const count = await listingCount(page)
  expect(count).toBeGreaterThan(24) // the demo has 30 in Hà Tĩnh: two pages of 24
  expect(await cards(page).count()).toBe(24)
  await expect(page.getByTestId("pagination")).toContainText("Trang 1 / 2")

  const { titles, pages } = await titlesAcrossPages(page, "/vi/provinces/42")
  expect(pages).toBe(Math.ceil(count / 24))
  expect(titles).toHaveLength(count)
  expect(new Set(titles).size).toBe(count) // pages do not overlap
  expect(titles).toContain(FOUR_STAR_HA_TINH)
  expect(titles).toContain(FIVE_STAR)
  expect(titles).not.toContain(QUANG_TRI_PRODUCT)
  expect(titles).not.toContain(EXPIRED)

  // a smaller page size is still paged by the backend, in the same order
  const small = await titlesAcrossPages(page, "/vi/provinces/42?per=10")
  expect(small.pages).toBe(Math.ceil(count / 10))
  expect(small.titles).toEqual(titles)

  await page.goto("/vi/provinces/44")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sản phẩm OCOP Quảng Trị")
  expect(await cardTitles(page)).toContain(QUANG_TRI_PRODUCT)

  expect((await page.goto("/vi/provinces/42?page=99"))?.status()).toBe(404)
  expect((await page.goto("/vi/provinces/30"))?.status()).toBe(404) // a pre-2025 province code
})

test("a producer page shows the legal identity and story, and lists their products paged by the backend", async ({ page }) => {
  // from a product, as a shopper would
  await page.goto(`/vi/products/${slugify("Tôm nõn Hoa Linh Chi")}`)
  await page.getByTestId("producer-block").getByRole("link", { name: "Xem trang chủ thể" }).click()
  await expect(page).toHaveURL(new RegExp(`/vi/producers/${TWO_PRODUCT_PRODUCER.handle}$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TWO_PRODUCT_PRODUCER.name)
  await expect(page.getByTestId("producer-type")).toHaveText("Hộ sản xuất kinh doanh")

  const identity = page.getByTestId("producer-identity")
  await expect(identity.getByTestId("identity-name")).toContainText(TWO_PRODUCT_PRODUCER.name)
  await expect(identity.getByTestId("identity-address")).toContainText("Nghi Xuân")
  await expect(identity.getByTestId("identity-tax-code")).toContainText("Mã số thuế")
  await expect(page.getByTestId("producer-story")).toContainText("Tôm nõn Hoa Linh Chi")

  expect(await listingCount(page)).toBe(2)
  const all = await cardTitles(page)
  expect(all.sort()).toEqual(["Cá ngần khô Hoa Linh Chi", "Tôm nõn Hoa Linh Chi"])

  // one product per page: two backend pages, nothing repeated
  const { titles, pages } = await titlesAcrossPages(page, `/vi/producers/${TWO_PRODUCT_PRODUCER.handle}?per=1`)
  expect(pages).toBe(2)
  expect(titles.sort()).toEqual(all)

  const unknown = await page.goto("/vi/producers/khong-co-chu-the-nay")
  expect(unknown?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy chủ thể")
})

test("sector and product-set pages narrow the catalogue by the OCOP classification", async ({ page }) => {
  await page.goto("/vi")
  await page
    .getByTestId("home-sectors")
    .getByRole("link", { name: /Sản phẩm thực phẩm/ })
    .click()
  await expect(page).toHaveURL(/\/vi\/c\/i$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sản phẩm thực phẩm")
  const sectorCount = await listingCount(page)

  await page
    .getByTestId("product-set-chips")
    .getByRole("link", { name: /Tương, nước mắm/ })
    .click()
  await expect(page).toHaveURL(/\/vi\/c\/i\/9$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tương, nước mắm, gia vị dạng lỏng khác")
  expect(await cardTitles(page)).toContain(FIVE_STAR)
  expect(await listingCount(page)).toBeLessThan(sectorCount)
  await expect(page.getByTestId("breadcrumbs").getByRole("link", { name: "Sản phẩm thực phẩm" })).toHaveAttribute("href", "/vi/c/i")

  expect((await page.goto("/vi/c/ii/9"))?.status()).toBe(404) // set 9 belongs to sector I
})

test("a product page has breadcrumbs, stock, and Product JSON-LD with the certificate and the producer's identity", async ({ page }) => {
  await page.goto("/vi")
  await page.getByRole("region", { name: "OCOP 5 sao" }).getByRole("link", { name: FIVE_STAR, exact: true }).click()
  await expect(page.getByRole("heading", { level: 1, name: FIVE_STAR })).toBeVisible()

  const crumbs = page.getByTestId("breadcrumbs")
  await expect(crumbs.getByRole("link", { name: "Trang chủ" })).toBeVisible()
  await expect(crumbs.getByRole("link", { name: "Sản phẩm thực phẩm" })).toHaveAttribute("href", "/vi/c/i")
  await expect(crumbs.getByRole("link", { name: "Tương, nước mắm, gia vị dạng lỏng khác" })).toHaveAttribute("href", "/vi/c/i/9")
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(FIVE_STAR)

  await expect(page.getByTestId("stock-state").first()).toHaveText(/Còn hàng|Sắp hết hàng|Hết hàng/)
  await expect(page.getByTestId("variant-list").getByTestId("price").first()).toHaveText(/^[\d.]+\s₫$/)

  const ld = JSON.parse((await page.locator("script#product-jsonld").textContent()) ?? "{}")
  expect(ld["@type"]).toBe("Product")
  expect(ld.name).toBe(FIVE_STAR)

  const cert = ld.hasCertification
  expect(cert["@type"]).toBe("Certification")
  const verifyHref = await page.getByTestId("certificate-panel").getByRole("link", { name: "Xác minh chứng nhận" }).getAttribute("href")
  expect(verifyHref).toBe(`/vi/verify/${cert.certificationIdentification}`)
  expect(cert.url).toMatch(new RegExp(`/vi/verify/${cert.certificationIdentification}$`))
  expect(cert.certificationRating).toMatchObject({ "@type": "Rating", ratingValue: 5, bestRating: 5 })
  expect(cert.issuedBy.name).toBeTruthy()
  await expect(page.getByTestId("certificate-panel")).toContainText(cert.issuedBy.name)
  expect(cert.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(cert.expires).toMatch(/^\d{4}-\d{2}-\d{2}$/)

  const offers = ld.offers["@type"] === "AggregateOffer" ? ld.offers.offers : [ld.offers]
  for (const offer of offers) {
    expect(offer.priceCurrency).toBe("VND")
    expect(Number.isInteger(offer.price)).toBe(true)
    expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|LimitedAvailability|OutOfStock)$/)
  }

  // the producer's legal identity, on the page and in the data: name, address, tax code
  const block = page.getByTestId("producer-block")
  await expect(block.getByTestId("identity-name")).toContainText(ld.manufacturer.name)
  await expect(block.getByTestId("identity-address")).toContainText(ld.manufacturer.address.streetAddress)
  expect(ld.manufacturer.address.addressCountry).toBe("VN")
  const taxRow = block.getByTestId("identity-tax-code")
  await expect(taxRow).toContainText("Mã số thuế")
  if (ld.manufacturer.taxID) await expect(taxRow).toContainText(ld.manufacturer.taxID)
  else await expect(taxRow).toContainText("Chưa cập nhật") // the demo producers have not filed one yet

  // metadata for search engines and link previews
  await expect(page).toHaveTitle(`${FIVE_STAR} · OCOP Market`)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/vi\/products\/nuoc-mam-luan-nghiep$/)
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/products\/nuoc-mam-luan-nghiep$/)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", FIVE_STAR)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /OCOP 5 sao/)
})

test("sitemap.xml indexes sitemap files that list every listable product in both languages and never an expired one", async ({
  request,
  page,
}) => {
  const index = await request.get("/sitemap.xml")
  expect(index.status()).toBe(200)
  const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  expect(files).toContain("/sitemaps/browse.xml")
  expect(files).toContain("/sitemaps/products-0.xml")
  let xml = ""
  for (const file of files) {
    const response = await request.get(file)
    expect(response.status(), file).toBe(200)
    xml += await response.text()
  }
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  expect(new Set(locs).size).toBe(locs.length)

  const listed = slugify(FIVE_STAR)
  expect(locs).toContain(`/vi/products/${listed}`)
  expect(locs).toContain(`/en/products/${listed}`)
  expect(locs).toContain(`/vi/products/${slugify(FOUR_STAR_HA_TINH)}`)
  expect(locs.some((p) => p.endsWith(`/products/${slugify(EXPIRED)}`))).toBe(false)
  expect(xml).toMatch(new RegExp(`hreflang="en" href="[^"]+/en/products/${listed}"`))
  for (const path of ["/vi", "/vi/provinces/42", "/vi/provinces/44", "/vi/c/i", "/vi/c/i/9", "/vi/producers/co-so-nuoc-mam-luan-nghiep"]) {
    expect(locs).toContain(path)
  }
  // every product the catalogue lists, and nothing else
  await page.goto("/vi/products")
  expect(locs.filter((p) => p.startsWith("/vi/products/")).length).toBe(await listingCount(page))
  // a file past the last one is not found
  expect((await request.get(`/sitemaps/products-${files.filter((f) => f.includes("products-")).length}.xml`)).status()).toBe(404)

  const robots = await (await request.get("/robots.txt")).text()
  expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/)
})

test("browse pages speak English under /en with the same paths", async ({ page }) => {
  await page.goto("/en/provinces/42")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OCOP products from Hà Tĩnh")
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", /\/vi\/provinces\/42$/)

  await page.goto("/vi/c/i/9")
  await page.getByTestId("locale-switcher").getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL(/\/en\/c\/i\/9$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Soy and bean pastes, fish sauce and other liquid condiments")
  await expect(cards(page).first().getByTestId("star-badge")).toHaveAttribute("aria-label", /^OCOP [345] stars?$/)
})
