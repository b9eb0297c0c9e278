import { expect, test, type APIRequestContext, type Page } from "@playwright/test"

/**
 * Consignment (issue 14, finding 8): the counter asks a producer for goods by scanning the product,
 * the producer confirms in its portal, and only then the counter receives exactly that quantity.
 */
const BACKEND = process.env.E2E_BACKEND_URL ?? "http://localhost:9000"
const STAFF = { email: process.env.POS_EMAIL ?? "pos@ocop.local", password: process.env.POS_PASSWORD ?? "ocop-pos-2026" }
const PRODUCER = {
  email: process.env.PRODUCER_EMAIL ?? "producer@ocop.local",
  password: process.env.PRODUCER_PASSWORD ?? "ocop-producer-2026",
}
const AFTER_ACTION = { timeout: 30_000 }

test.describe.configure({ timeout: 180_000 })

/** A product of the demo producer with a SKU, and the demo sales point. */
async function fixtures(request: APIRequestContext) {
  const login = async (actor: string, creds: { email: string; password: string }) => {
    const response = await request.post(`${BACKEND}/auth/${actor}/emailpass`, { data: creds })
    expect(response.ok(), `${actor} login`).toBeTruthy()
    return { authorization: `Bearer ${(await response.json()).token}` }
  }
  const producer = await login("producer", PRODUCER)
  const { products } = await (await request.get(`${BACKEND}/producer/products?limit=50`, { headers: producer })).json()
  const variant = products.flatMap((p: any) => p.variants.map((v: any) => ({ ...v, product_title: p.title }))).find((v: any) => v.sku)
  const staff = await login("sales_point", STAFF)
  const { points } = await (await request.get(`${BACKEND}/pos/me`, { headers: staff })).json()
  const point = points.find((p: any) => p.kind === "sales_point") ?? points[0]
  return { sku: variant.sku as string, title: variant.product_title as string, pointId: point.id as string }
}

async function staffLogin(page: Page) {
  await page.goto("/vi/pos/login")
  await page.getByLabel("Email").fill(STAFF.email)
  await page.getByLabel("Mật khẩu").fill(STAFF.password)
  await page.getByTestId("pos-login-submit").click()
  await page.waitForURL((url) => /\/vi\/pos(\/[^/]+)?$/.test(url.pathname) && !url.pathname.endsWith("/login"))
}

test("the counter asks for a consignment, the producer confirms it in the portal, the counter receives it once", async ({
  page,
  browser,
  request,
}) => {
  const { sku, title, pointId } = await fixtures(request)
  await staffLogin(page)
  await page.goto(`/vi/pos/${pointId}/stock`)
  const panel = page.getByTestId("pos-consignments")
  await panel.getByTestId("pos-consignment-code").fill(sku)
  await panel.getByTestId("pos-consignment-quantity").fill("2")
  await panel.getByTestId("pos-consignment-submit").click()
  await expect(panel.getByTestId("pos-consignment-ok")).toBeVisible(AFTER_ACTION)
  const mine = panel.getByTestId("pos-consignment").first()
  await expect(mine).toHaveAttribute("data-status", "requested")
  await expect(mine).toContainText(`2 × ${title}`)
  await expect(mine.getByTestId("pos-consignment-receive")).toHaveCount(0)

  const portal = await browser.newContext()
  const producerPage = await portal.newPage()
  await producerPage.goto("/vi/producer/login")
  const form = producerPage.getByTestId("producer-login-form")
  await form.getByLabel("Email").fill(PRODUCER.email)
  await form.getByLabel("Mật khẩu").fill(PRODUCER.password)
  await form.getByTestId("producer-login-submit").click()
  await producerPage.waitForURL((url) => url.pathname.startsWith("/vi/producer") && !url.pathname.endsWith("/login"), AFTER_ACTION)
  await producerPage.goto("/vi/producer/consignments")
  const request_ = producerPage
    .getByTestId("consignment")
    .filter({ hasText: `2 × ${title}` })
    .first()
  await expect(request_).toHaveAttribute("data-status", "requested")
  await request_.getByTestId("consignment-confirm").click()
  await expect(producerPage.getByTestId("consignment").first()).toHaveAttribute("data-status", "confirmed", AFTER_ACTION)
  await portal.close()

  await page.reload()
  const confirmed = page.getByTestId("pos-consignment").first()
  await expect(confirmed).toHaveAttribute("data-status", "confirmed")
  await confirmed.getByTestId("pos-consignment-receive").click()
  await expect(page.getByTestId("pos-consignment").first()).toHaveAttribute("data-status", "received", AFTER_ACTION)
  await expect(page.getByTestId("pos-consignment").first().getByTestId("pos-consignment-receive")).toHaveCount(0)
})
