import { expect, test, type APIRequestContext } from "@playwright/test"

/**
 * Attack (issue 14, finding 6): a producer prints the code of a certificate it only submitted —
 * still under the OCOP office's review — on its labels. The public verification page a shopper
 * opens from the QR code must not vouch for it: no badge, no stars, no producer or contact details,
 * only "not recognised by the OCOP office".
 */
const BACKEND_URL = process.env.E2E_BACKEND_URL ?? "http://localhost:9000"
const PHONE = "0912 345 678"

test.describe.configure({ timeout: 120_000 })

/** A new producer (awaiting approval) submits a 4★ decision for its own product, through the portal API. */
async function pendingSubmission(request: APIRequestContext, id: string) {
  const email = `attack.${id}@example.com`
  const password = "mat-khau-htx-2026"
  const registered = await request.post(`${BACKEND_URL}/auth/producer/emailpass/register`, { data: { email, password } })
  expect(registered.ok(), await registered.text()).toBeTruthy()
  const first = (await registered.json()).token
  const producerName = `HTX Giả nhãn ${id}`
  const onboarded = await request.post(`${BACKEND_URL}/producer/onboarding`, {
    headers: { authorization: `Bearer ${first}` },
    data: {
      name: producerName,
      type: "HTX",
      tax_code: "3001234567",
      province_code: "42",
      commune: "Xã Cẩm Xuyên",
      address: "Thôn 3, xã Cẩm Xuyên",
      phone: PHONE,
      story: "Hợp tác xã làm mật ong.",
    },
  })
  expect(onboarded.ok(), await onboarded.text()).toBeTruthy()
  const refreshed = await request.post(`${BACKEND_URL}/auth/token/refresh`, { headers: { authorization: `Bearer ${first}` } })
  const headers = { authorization: `Bearer ${(await refreshed.json()).token}` }
  const productTitle = `Mật ong tự xưng bốn sao ${id}`
  const created = await request.post(`${BACKEND_URL}/producer/products`, {
    headers,
    data: {
      title: productTitle,
      product_set_code: 8,
      variants: [{ title: "Chai 500 ml", sku: `ATK-${id}`.toUpperCase(), price: 250000, stock: 5 }],
    },
  })
  expect(created.ok(), await created.text()).toBeTruthy()
  const decisionDate = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10)
  const submitted = await request.post(`${BACKEND_URL}/producer/certificates`, {
    headers,
    data: {
      product_id: (await created.json()).product.id,
      decision_number: "4444/QĐ-UBND",
      decision_date: decisionDate,
      issuer: "UBND tỉnh Hà Tĩnh",
      stars: 4,
      score: 80,
      scan_url: "https://ocop.example/quyet-dinh-4444.pdf",
    },
  })
  expect(submitted.ok(), await submitted.text()).toBeTruthy()
  const { certificate } = await submitted.json()
  expect(certificate.status).toBe("pending_review")
  return { code: certificate.verification_code as string, producerName, productTitle }
}

test("a code still under the office's review is 'not recognised' on the verify page: no badge, stars or contact details", async ({
  page,
  request,
}, testInfo) => {
  const id = `${testInfo.project.name}${Date.now().toString(36)}`
  const { code, producerName, productTitle } = await pendingSubmission(request, id)

  const response = await page.goto(`/vi/verify/${encodeURIComponent(code)}`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole("heading", { level: 1, name: "Mã này chưa được Văn phòng OCOP công nhận" })).toBeVisible()
  await expect(page.getByTestId("verify-unrecognised")).toHaveAttribute("data-status", "pending_review")
  await expect(page.getByTestId("verify-unrecognised")).toContainText("chờ Văn phòng OCOP thẩm định")
  await expect(page.getByTestId("star-badge")).toHaveCount(0)
  await expect(page.getByTestId("verify-status")).toHaveCount(0)
  await expect(page.getByTestId("verify-details")).toHaveCount(0)
  const text = await page.locator("main").innerText()
  for (const leaked of [PHONE, producerName, productTitle, "4444/QĐ-UBND", "UBND tỉnh Hà Tĩnh"]) expect(text).not.toContain(leaked)

  await page.goto(`/en/verify/${encodeURIComponent(code)}`)
  await expect(page.getByRole("heading", { level: 1, name: "This code is not recognised by the OCOP office" })).toBeVisible()
  await expect(page.getByTestId("star-badge")).toHaveCount(0)
})
