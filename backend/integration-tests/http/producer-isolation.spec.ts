import { integrationTestRunner } from "../helpers/runner"
import { addDays, vietnamDate } from "@ocop/domain"
import type { ProducerAccess, ProducerRouteDeclaration } from "../../src/api/producer/producer-route"
import { createOfficeUser } from "../helpers/admin"
import { seedDemoCatalogue } from "../helpers/demo-catalogue"
import { bearer, onboardProducer, registerProducerLogin } from "../helpers/producer"
import { requestConsignment } from "../helpers/consignments"
import { openSalesPoint, staffOf } from "../helpers/retail"
import { declaredRoutes, routeKey as key, routesOnDisk } from "../helpers/routes-on-disk"

jest.setTimeout(600 * 1000)

/**
 * Isolation matrix of the producer portal, generated from the routes' declarations as wired in
 * src/api/middlewares.ts (src/api/producer/<folder>/middlewares.ts, producerRoute) — the same declarations
 * the login, producer scope and validation are built from — and checked against the route files on
 * disk, so a new /producer route cannot escape it. For every route and method: producer A
 * acting on producer B's records gets 404 and B's records do not change; no token gets 401; a
 * shopper's token gets 401/403.
 */

const PRODUCER_ROUTES = declaredRoutes<ProducerAccess>("producer")

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Record<string, string>
    let regionId: string
    let adminHeaders: Record<string, string>
    let A: { token: string; producer: any; member: any; productId: string; variantId: string; locationId: string; certificateId: string }
    let B: {
      token: string
      producer: any
      member: any
      memberToken: string
      memberId: string
      productId: string
      variantIds: string[]
      locationId: string
      certificateId: string
      orderId: string
      inviteToken: string
      consignmentId: string
    }
    let shopperToken: string

    const productBody = (prefix: string) => ({
      title: `Sản phẩm ${prefix}`,
      product_set_code: 8,
      variants: [
        { title: "Chai 500 ml", sku: `${prefix}-500`, price: 200000, stock: 20 },
        { title: "Chai 1 lít", sku: `${prefix}-1000`, price: 380000, stock: 20 },
      ],
    })

    async function certify(token: string, productId: string) {
      const { data } = await api.post(
        "/producer/certificates",
        {
          product_id: productId,
          decision_number: `${productId.slice(-4)}/QĐ-UBND`,
          decision_date: addDays(vietnamDate(new Date()), -920), // inside the re-evaluation window
          issuer: "UBND tỉnh Hà Tĩnh",
          stars: 4,
          scan_url: "https://ocop.example/quyet-dinh.pdf",
        },
        bearer(token)
      )
      await api.post(`/admin/ocop/certificates/${data.certificate.id}/transitions`, { to: "valid" }, { headers: adminHeaders })
      return data.certificate.id as string
    }

    beforeAll(async () => {
      ;({ storeHeaders, regionId } = await seedDemoCatalogue(getContainer()))
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))

      const a = await onboardProducer(api, "a@ocop.test", "HTX A")
      const b = await onboardProducer(api, "b@ocop.test", "HTX B")
      for (const p of [a, b]) {
        await api.post(`/admin/ocop/producers/${p.producer.id}/approval`, { decision: "approve" }, { headers: adminHeaders })
      }
      const { data: pa } = await api.post("/producer/products", productBody("AAA"), bearer(a.token))
      const { data: pb } = await api.post("/producer/products", productBody("BBB"), bearer(b.token))
      const aCert = await certify(a.token, pa.product.id)
      const bCert = await certify(b.token, pb.product.id)
      const [aLocation] = (await api.get("/producer/stock-locations", bearer(a.token))).data.stock_locations
      const [bLocation] = (await api.get("/producer/stock-locations", bearer(b.token))).data.stock_locations

      // B has a second member and an open invite
      const { data: invite } = await api.post("/producer/members/invites", { email: "b2@ocop.test" }, bearer(b.token))
      const b2 = await registerProducerLogin(api, "b2@ocop.test")
      const { data: accepted } = await api.post("/producer/invites/accept", { token: invite.invite.token }, bearer(b2))
      const b2Token = (await api.post("/auth/token/refresh", {}, bearer(b2))).data.token
      const { data: openInvite } = await api.post("/producer/members/invites", { email: "b3@ocop.test" }, bearer(b.token))

      // a shopper orders B's product
      const headers = { headers: storeHeaders }
      const { data: cart } = await api.post(
        "/store/carts",
        { region_id: regionId, items: [{ variant_id: pb.product.variants[0].id, quantity: 2 }] },
        headers
      )
      await api.post(
        `/store/carts/${cart.cart.id}`,
        {
          email: "mua@example.vn",
          shipping_address: {
            first_name: "Hoa",
            last_name: "Trần",
            address_1: "1 Trần Phú",
            city: "Hà Tĩnh",
            country_code: "vn",
            phone: "0987654321",
          },
        },
        headers
      )
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, headers)
      await api.post(
        `/store/carts/${cart.cart.id}/shipping-methods`,
        { option_id: options.shipping_options.find((o: any) => /tiêu chuẩn/i.test(o.name)).id },
        headers
      )
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, headers)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_cod_ocop" },
        headers
      )
      const { data: completed } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, headers)

      // a point of sale asks B for goods on consignment
      const point = await openSalesPoint(api, adminHeaders, "Điểm bán ký gửi")
      const staff = await staffOf(api, adminHeaders, point.id, "quay-ky-gui@pos.test")
      const consignment = await requestConsignment(api, staff, point.id, b.producer.id, [
        { variant_id: pb.product.variants[0].id, quantity: 2 },
      ])

      // a shopper account
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: "shopper@example.vn", password: "mat-khau-2026" })
      await api.post(
        "/store/customers",
        { email: "shopper@example.vn", first_name: "Lan" },
        { headers: { ...storeHeaders, authorization: `Bearer ${reg.token}` } }
      )
      shopperToken = (await api.post("/auth/customer/emailpass", { email: "shopper@example.vn", password: "mat-khau-2026" })).data.token

      A = { ...a, productId: pa.product.id, variantId: pa.product.variants[0].id, locationId: aLocation.id, certificateId: aCert }
      B = {
        ...b,
        memberToken: b2Token,
        memberId: accepted.member.id,
        productId: pb.product.id,
        variantIds: pb.product.variants.map((v: any) => v.id),
        locationId: bLocation.id,
        certificateId: bCert,
        orderId: completed.order.id,
        inviteToken: openInvite.invite.token,
        consignmentId: consignment.id,
      }
    })

    /** B's records as B sees them: the matrix compares this before and after each of A's requests. */
    async function snapshotOfB() {
      const get = async (path: string) => (await api.get(path, bearer(B.token))).data
      return JSON.stringify([
        await get("/producer/me"),
        await get("/producer/members"),
        await get(`/producer/products/${B.productId}`),
        await get("/producer/inventory"),
        await get(`/producer/certificates/${B.certificateId}`),
        await get(`/producer/orders/${B.orderId}`),
        await get("/producer/stock-locations"),
        await get("/producer/sales"),
        await get("/producer/consignments"),
      ])
    }

    /** Every id of B that must never appear in A's answers. */
    const idsOfB = () => [
      B.producer.id,
      B.member.id,
      B.memberId,
      B.productId,
      ...B.variantIds,
      B.locationId,
      B.certificateId,
      B.orderId,
      B.consignmentId,
    ]

    /** The path with B's records in it (A's product id for `:id` when `variantOfOtherProduct`). */
    function pathFor(route: ProducerRouteDeclaration, variantOfOtherProduct = false) {
      const idOf: Record<string, string> = {
        member: B.memberId,
        product: B.productId,
        variant: variantOfOtherProduct ? A.productId : B.productId,
        certificate: B.certificateId,
        order: B.orderId,
        consignment: B.consignmentId,
      }
      return route.matcher.replace(":variant_id", B.variantIds[1]).replace(":id", idOf[route.access.resource] ?? "x")
    }

    /** A valid body for each route with a body: ids in it are B's where the route acts on one. */
    const bodies = (): Record<string, unknown> => ({
      "POST /producer/onboarding": {
        name: "HTX A lần hai",
        type: "HTX",
        tax_code: "3001234567",
        province_code: "42",
        address: "Thôn 1",
        phone: "0912345678",
      },
      "POST /producer/me": { story: "A sửa hồ sơ" },
      "POST /producer/members/invites": { email: "a2@ocop.test" },
      "POST /producer/invites/accept": { token: B.inviteToken },
      "POST /producer/products": productBody(`AAA${Date.now()}`),
      "POST /producer/products/:id": { title: "A đổi tên" },
      "POST /producer/products/:id/variants": { title: "Hộp 250 ml", sku: `AAA-${Date.now()}`, price: 100000 },
      "POST /producer/products/:id/variants/:variant_id": { price: 1000 },
      "POST /producer/inventory": { variant_id: B.variantIds[0], location_id: A.locationId, stocked_quantity: 0 },
      "POST /producer/certificates": {
        product_id: B.productId,
        decision_number: "1/QĐ",
        decision_date: "2026-01-05",
        issuer: "UBND tỉnh Hà Tĩnh",
        stars: 3,
        scan_url: "https://ocop.example/a.pdf",
      },
      "POST /producer/certificates/:id/reevaluation": { dossier_file_url: "https://ocop.example/ho-so.pdf" },
      "POST /producer/orders/:id/fulfillments": { tracking_number: "A-123" },
      "POST /producer/consignments/:id/refuse": { reason: "A từ chối thay B" },
    })

    const send = (method: string, path: string, body: unknown, headers: Record<string, unknown>) =>
      (method === "GET"
        ? api.get(path, headers)
        : method === "DELETE"
          ? api.delete(path, headers)
          : api.post(path, body ?? {}, headers)
      ).then(
        (r: any) => r,
        (e: any) => e.response
      )

    it("the wired routes are exactly the route files on disk", () => {
      expect(PRODUCER_ROUTES.map(key).sort()).toEqual(routesOnDisk("producer"))
    })

    it("has a body for every route that takes one", () => {
      const known = bodies()
      for (const route of PRODUCER_ROUTES.filter((r) => r.body)) {
        expect([key(route), key(route) in known]).toEqual([key(route), true])
      }
    })

    // One test per route: the runner restores the seeded database before every test, so fewer, fuller tests run faster.
    it.each(PRODUCER_ROUTES.map((r) => [key(r), r] as const))(
      "%s: 401 without a producer login, 404 for A on B's records, B unchanged",
      async (_name, route) => {
        const before = await snapshotOfB()
        const path = pathFor(route)
        const body = bodies()[key(route)]

        expect([key(route), (await send(route.method, path, body, {})).status]).toEqual([key(route), 401])
        const shopper = await send(route.method, path, body, { headers: { ...storeHeaders, authorization: `Bearer ${shopperToken}` } })
        expect([401, 403]).toContain(shopper.status)

        const response = await send(route.method, path, body, bearer(A.token))
        const actsOnB =
          /:id|:variant_id/.test(route.matcher) || ["POST /producer/inventory", "POST /producer/certificates"].includes(key(route))
        if (actsOnB) {
          expect([key(route), response.status]).toEqual([key(route), 404])
          expect(response.data.message).toMatch(/^Không tìm thấy/)
        } else if (route.access.unregistered) {
          // A's login already has a producer: it can neither onboard again nor take B's invite
          expect([key(route), response.status]).toEqual([key(route), 400])
        } else {
          expect(response.status).toBeLessThan(500)
        }
        const text = JSON.stringify(response.data)
        for (const id of idsOfB()) expect([key(route), text.includes(id)]).toEqual([key(route), false])

        if (route.matcher.includes(":variant_id")) {
          // B's variant under A's own product
          expect((await send(route.method, pathFor(route, true), body, bearer(A.token))).status).toBe(404)
        }
        expect(await snapshotOfB()).toEqual(before)
      }
    )

    it("also refuses A's own variant with B's warehouse", async () => {
      const before = await snapshotOfB()
      const response = await send(
        "POST",
        "/producer/inventory",
        { variant_id: A.variantId, location_id: B.locationId, stocked_quantity: 5 },
        bearer(A.token)
      )
      expect(response.status).toBe(404)
      expect(await snapshotOfB()).toEqual(before)
    })

    it("lets B's own non-owner member read B's records but not invite or remove members", async () => {
      expect((await send("GET", `/producer/products/${B.productId}`, undefined, bearer(B.memberToken))).status).toBe(200)
      expect((await send("POST", "/producer/members/invites", { email: "x@ocop.test" }, bearer(B.memberToken))).status).toBe(403)
      expect((await send("DELETE", `/producer/members/${B.member.id}`, undefined, bearer(B.memberToken))).status).toBe(403)
    })
  },
})
