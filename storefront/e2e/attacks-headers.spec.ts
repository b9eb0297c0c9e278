import { readFileSync } from "node:fs"
import path from "node:path"
import { expect, test, type Page } from "@playwright/test"

/**
 * Security headers, seen by a browser: the storefront's pages (a product, the public verify page,
 * the counter) and the backend's answers forbid framing and MIME sniffing and send a
 * Referrer-Policy; the pages' Content-Security-Policy lets them render without a single violation.
 * (A framing test is left out: this Chromium refuses every cross-origin localhost subframe, with
 * or without the headers, so it could not fail; the headers that forbid framing are asserted.)
 */
const BACKEND = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const PRODUCT = "/vi/products/nuoc-mam-luan-nghiep"
const VERIFY = "/vi/verify/VN-HT05"
const PAGES = [PRODUCT, VERIFY, "/vi/pos"]

function expectHardened(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff")
  expect(headers["x-frame-options"]).toBe("DENY")
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'")
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
}

/** CSP violations the page reports while loading and settling. */
async function cspViolations(page: Page, path: string): Promise<string[]> {
  const violations: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)
    )
  })
  const response = await page.goto(path)
  expect(response?.ok()).toBe(true)
  await page.waitForLoadState("networkidle")
  return violations
}

for (const path of PAGES) {
  test(`${path} is sent with the security headers`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.ok()).toBe(true)
    const headers = response.headers()
    expectHardened(headers)
    expect(headers["content-security-policy"]).toContain("object-src 'none'")
  })
}

test("the product and verify pages render under the CSP without a violation", async ({ page }) => {
  expect(await cspViolations(page, PRODUCT)).toEqual([])
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  expect(await cspViolations(page, VERIFY)).toEqual([])
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
})

test("the backend's API answers are sent with the security headers", async ({ request }) => {
  // written by scripts/stack.mjs for the stack these tests run against
  const key = readFileSync(path.join(__dirname, "..", "..", ".data", "publishable-key.txt"), "utf8").trim()
  const catalogue = await request.get(`${BACKEND}/store/ocop/products?limit=1`, { headers: { "x-publishable-api-key": key } })
  expect(catalogue.status()).toBe(200)
  expectHardened(catalogue.headers())
  // a refusal from one of our routes too
  const login = await request.post(`${BACKEND}/auth/user/emailpass`, { data: { email: "nobody@ocop.local", password: "wrong-password" } })
  expect(login.status()).toBe(401)
  expectHardened(login.headers())
})
