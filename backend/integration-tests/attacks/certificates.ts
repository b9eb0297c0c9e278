import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addDays, validUntil, vietnamDate } from "@ocop/domain"
import { OCOP_MODULE } from "../../src/modules/ocop"
import { createOfficeUser } from "../helpers/admin"
import { attack, defineAttackArea } from "../helpers/attacks"
import { seedDemoCatalogue } from "../helpers/demo-catalogue"
import { bearer, onboardProducer } from "../helpers/producer"

/**
 * Certificates: a certificate vouches for one product as it was evaluated, for at most 36 months
 * from its decision, and the public verification page vouches only for what the office decided.
 * A producer tries to move a certificate onto another product, to choose its own validity, to date
 * a decision in the future; a visitor checks codes the office never recognised.
 */
type Fixture = {
  office: Record<string, string>
  store: Record<string, string>
  regionId: string
  a: Record<string, any>
  certified: { id: string; code: string; handle: string }
  underReview: { id: string; code: string }
  rejected: { id: string; code: string }
  fresh: { id: string }
  legacy2099: { id: string; certificate_id: string }
  legacyWrongSet: { id: string; certificate_id: string }
  suspendedValid: { id: string; code: string }
  suspendedPending: { id: string; code: string }
}

const today = (days = 0) => addDays(vietnamDate(new Date()), days)
const PHONE = "0912 345 678" // the producers' phone (helpers/producer profile)

export default defineAttackArea<Fixture>({
  name: "certificates",
  async setup({ api, getContainer }) {
    const container = getContainer()
    // the demo catalogue first, as every area does: its seed runs only on a database without producers
    const { storeHeaders: store, regionId } = await seedDemoCatalogue(container)
    const { headers: office } = await createOfficeUser(container, "certificates-office@ocop.test")
    const asOffice = { headers: office }
    const a = await onboardProducer(api, "cert-a@ocop.test", "HTX Mật ong Kỳ Anh")
    const b = await onboardProducer(api, "cert-b@ocop.test", "HTX Nước mắm Cửa Sót")
    for (const p of [a, b]) await api.post(`/admin/ocop/producers/${p.producer.id}/approval`, { decision: "approve" }, asOffice)

    let sku = 0
    const product = async (token: string, title: string, set: number) =>
      (
        await api.post(
          "/producer/products",
          { title, product_set_code: set, variants: [{ title: "Chai 500 ml", sku: `CERT-ATK-${++sku}`, price: 250000, stock: 5 }] },
          bearer(token)
        )
      ).data.product as { id: string }
    const record = async (productId: string, set: number, stars = 4) =>
      (
        await api.post(
          "/admin/ocop/certificates",
          {
            product_id: productId,
            decision_number: `${++sku}/QĐ-UBND`,
            issuer: "UBND tỉnh Hà Tĩnh",
            stars,
            product_set: set,
            issued_at: today(-100),
          },
          asOffice
        )
      ).data.certificate
    const submit = async (token: string, productId: string) =>
      (
        await api.post(
          "/producer/certificates",
          {
            product_id: productId,
            decision_number: `${++sku}/QĐ-UBND`,
            decision_date: today(-20),
            issuer: "UBND tỉnh Hà Tĩnh",
            stars: 4,
            score: 80,
            scan_url: "https://ocop.example/quyet-dinh.pdf",
          },
          bearer(token)
        )
      ).data.certificate

    // a listed, certified product whose description the office marked material
    const certifiedProduct = await product(a.token, "Mật ong rừng Kỳ Anh", 8)
    const certifiedCert = await record(certifiedProduct.id, 8)
    const { data: current } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product", fields: ["metadata"], filters: { id: certifiedProduct.id } })
    await api.post(
      `/admin/products/${certifiedProduct.id}`,
      { metadata: { ...(current[0] as any).metadata, ocop_material_fields: ["description"] } },
      asOffice
    )

    // the producer already claims 5★ for it in a submission the office has not checked
    const { data: claim } = await api.post(
      "/producer/certificates",
      {
        product_id: certifiedProduct.id,
        decision_number: "5555/QĐ-BNNMT",
        decision_date: today(-5),
        issuer: "Bộ Nông nghiệp và Môi trường",
        stars: 5,
        score: 93,
        scan_url: "https://ocop.example/quyet-dinh-5555.pdf",
      },
      bearer(a.token)
    )
    expect(claim.certificate.status).toBe("pending_review")
    const { data: handles } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product", fields: ["handle"], filters: { id: certifiedProduct.id } })

    const underReviewProduct = await product(a.token, "Chè xanh chờ thẩm định", 5)
    const underReviewCert = await submit(a.token, underReviewProduct.id)
    const rejectedProduct = await product(a.token, "Nấm hương bị từ chối", 5)
    const rejectedCert = await submit(a.token, rejectedProduct.id)
    await api.post(
      `/admin/ocop/certificates/${rejectedCert.id}/transitions`,
      { to: "rejected", reason: "Bản quét không khớp quyết định" },
      asOffice
    )
    const fresh = await product(a.token, "Kẹo cu đơ chưa chứng nhận", 7)

    // submissions stored before the validity and product-set rules existed (written as they were then)
    const ocop: any = container.resolve(OCOP_MODULE)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const stored = async (title: string, set: number, claim: Record<string, unknown>) => {
      const p = await product(a.token, title, set)
      const c = await ocop.createCertificates({
        verification_code: `CERT-OLD-${++sku}`,
        decision_number: `${sku}/QĐ-UBND`,
        issuer: "UBND tỉnh Hà Tĩnh",
        stars: 4,
        product_set: set,
        issued_at: today(-20),
        valid_until: validUntil(today(-20)),
        status: "pending_review",
        ...claim,
      })
      await link.create({ [Modules.PRODUCT]: { product_id: p.id }, [OCOP_MODULE]: { certificate_id: c.id } })
      return { id: p.id, certificate_id: c.id as string }
    }
    const legacy2099 = await stored("Nước mắm hiệu lực đến 2099", 5, { valid_until: "2099-12-31" })
    const legacyWrongSet = await stored("Tinh dầu bưởi khác bộ", 5, { product_set: 3 })

    // a suspended producer with a certificate in force and a submission under review
    const bValidProduct = await product(b.token, "Nước mắm Cửa Sót", 4)
    const bValidCert = await record(bValidProduct.id, 4)
    const bPendingProduct = await product(b.token, "Ruốc Cửa Sót", 4)
    const bPendingCert = await submit(b.token, bPendingProduct.id)
    await api.post(
      `/admin/ocop/producers/${b.producer.id}/approval`,
      { decision: "suspend", reason: "Thanh tra an toàn thực phẩm" },
      asOffice
    )

    return {
      office,
      store,
      regionId,
      a,
      certified: { id: certifiedProduct.id, code: certifiedCert.verification_code, handle: (handles[0] as any).handle },
      underReview: { id: underReviewProduct.id, code: underReviewCert.verification_code },
      rejected: { id: rejectedProduct.id, code: rejectedCert.verification_code },
      fresh: { id: fresh.id },
      legacy2099,
      legacyWrongSet,
      suspendedValid: { id: bValidProduct.id, code: bValidCert.verification_code },
      suspendedPending: { id: bPendingProduct.id, code: bPendingCert.verification_code },
    }
  },

  register({ api, getContainer }, fixture) {
    /** What a product is and what vouches for it: title, status, set, producer, text and every certificate row. */
    const productState = async (id: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product",
          fields: ["id", "title", "status", "description", "metadata", "producer.id", "certificates.*"],
          filters: { id },
        })
      const p = data[0] as any
      return {
        title: p.title,
        status: p.status,
        description: p.description,
        product_set: p.metadata?.product_set,
        producer: p.producer?.id,
        certificates: (p.certificates ?? [])
          .filter(Boolean)
          .map((c: any) => `${c.id}:${c.status}:${c.stars}★:${c.product_set}:${c.issued_at}→${c.valid_until}`)
          .sort(),
      }
    }
    const asProducer = () => bearer(fixture().a.token)
    const asOffice = () => ({ headers: fixture().office })

    /** Attacks that must leave one product exactly as it was. */
    const keeps = (productId: () => string, run: (probe: any) => Promise<void>) => async (probe: any) => {
      const before = await productState(productId())
      await run(probe)
      await probe.unchanged(async () => expect(await productState(productId())).toEqual(before))
    }

    attack(
      "a producer renames a listed certified product to another product",
      keeps(
        () => fixture().certified.id,
        async (probe) => {
          const res = await probe.refused(
            api.post(`/producer/products/${fixture().certified.id}`, { title: "Nước mắm Luận Nghiệp 5 sao" }, asProducer())
          )
          expect(res.data.code).toBe("ocop.product.certified_identity_locked")
          expect(res.data.message).toContain("Không thể sửa tên sản phẩm")
          expect(res.data.message).toContain("đánh giá lại")
        }
      )
    )

    attack(
      "a producer moves a certified product to another product set",
      keeps(
        () => fixture().certified.id,
        async (probe) => {
          const res = await probe.refused(api.post(`/producer/products/${fixture().certified.id}`, { product_set_code: 1 }, asProducer()))
          expect(res.data.code).toBe("ocop.product.certified_identity_locked")
          expect(res.data.message).toContain("bộ sản phẩm")
        }
      )
    )

    attack(
      "a producer renames and re-sets a certified product in one edit, the way the portal form sends it",
      keeps(
        () => fixture().certified.id,
        async (probe) => {
          const res = await probe.refused(
            api.post(
              `/producer/products/${fixture().certified.id}`,
              { title: "Rượu nếp Kỳ Anh", subtitle: "Chai 500 ml", product_set_code: 2, images: [] },
              asProducer()
            ),
            [400]
          )
          expect(res.data.message).toMatch(/tên sản phẩm, bộ sản phẩm/)
        }
      )
    )

    attack(
      "a producer hands a certified product to another producer",
      keeps(
        () => fixture().certified.id,
        async (probe) => {
          const res = await probe.refused(
            api.post(`/producer/products/${fixture().certified.id}`, { producer_id: "prod_someone_else" }, asProducer()),
            [400]
          )
          expect(res.data.message).toMatch(/chủ thể khác/)
        }
      )
    )

    attack(
      "a producer renames a product whose decision the office is still checking",
      keeps(
        () => fixture().underReview.id,
        async (probe) => {
          const res = await probe.refused(
            api.post(`/producer/products/${fixture().underReview.id}`, { title: "Chè Thái Nguyên" }, asProducer())
          )
          expect(res.data.code).toBe("ocop.product.certified_identity_locked")
        }
      )
    )

    attack(
      "a producer rewrites a description the office marked material",
      keeps(
        () => fixture().certified.id,
        async (probe) => {
          const res = await probe.refused(
            api.post(`/producer/products/${fixture().certified.id}`, { description: "Mật ong hoa cà phê Tây Nguyên" }, asProducer()),
            [400]
          )
          expect(res.data.message).toContain("mô tả")
        }
      )
    )

    const submission = (fields: Record<string, unknown>) => ({
      product_id: fixture().fresh.id,
      decision_number: "77/QĐ-UBND",
      decision_date: today(-10),
      issuer: "UBND tỉnh Hà Tĩnh",
      stars: 4,
      score: 80,
      scan_url: "https://ocop.example/quyet-dinh-77.pdf",
      ...fields,
    })

    attack(
      "a producer submits a decision valid until 2099",
      keeps(
        () => fixture().fresh.id,
        async (probe) => {
          const res = await probe.refused(api.post("/producer/certificates", submission({ valid_until: "2099-12-31" }), asProducer()))
          expect(res.data.code).toBe("ocop.certificate.valid_until_beyond_legal")
          expect(res.data.message).toContain("tối đa 36 tháng")
        }
      )
    )

    attack(
      "a producer submits a decision one day longer than 36 months",
      keeps(
        () => fixture().fresh.id,
        async (probe) => {
          const decision = today(-10)
          const res = await probe.refused(
            api.post(
              "/producer/certificates",
              submission({ decision_date: decision, valid_until: addDays(validUntil(decision), 1) }),
              asProducer()
            )
          )
          expect(res.data.code).toBe("ocop.certificate.valid_until_beyond_legal")
        }
      )
    )

    attack(
      "a producer submits a decision dated tomorrow",
      keeps(
        () => fixture().fresh.id,
        async (probe) => {
          const res = await probe.refused(api.post("/producer/certificates", submission({ decision_date: today(1) }), asProducer()))
          expect(res.data.code).toBe("ocop.certificate.decision_in_future")
          expect(res.data.message).toContain("chưa đến")
        }
      )
    )

    const officeRecord = (fields: Record<string, unknown>) => ({
      product_id: fixture().fresh.id,
      decision_number: "78/QĐ-UBND",
      issuer: "UBND tỉnh Hà Tĩnh",
      stars: 3,
      product_set: 7,
      issued_at: today(-10),
      ...fields,
    })

    attack(
      "the office records a certificate valid until 2099",
      keeps(
        () => fixture().fresh.id,
        async (probe) => {
          const res = await probe.refused(api.post("/admin/ocop/certificates", officeRecord({ valid_until: "2099-12-31" }), asOffice()))
          expect(res.data.code).toBe("ocop.certificate.valid_until_beyond_legal")
        }
      )
    )

    attack(
      "the office records a decision dated in the future",
      keeps(
        () => fixture().fresh.id,
        async (probe) => {
          const res = await probe.refused(api.post("/admin/ocop/certificates", officeRecord({ issued_at: today(30) }), asOffice()))
          expect(res.data.code).toBe("ocop.certificate.decision_in_future")
        }
      )
    )

    attack(
      "the office records a certificate for a product set the product is not in",
      keeps(
        () => fixture().fresh.id,
        async (probe) => {
          const res = await probe.refused(api.post("/admin/ocop/certificates", officeRecord({ product_set: 3 }), asOffice()))
          expect(res.data.code).toBe("ocop.certificate.product_set_mismatch")
          expect(res.data.message).toContain("khác bộ sản phẩm của sản phẩm")
        }
      )
    )

    attack(
      "the office verifies a 2099 submission stored before the validity rule",
      keeps(
        () => fixture().legacy2099.id,
        async (probe) => {
          const res = await probe.refused(
            api.post(`/admin/ocop/certificates/${fixture().legacy2099.certificate_id}/transitions`, { to: "valid" }, asOffice())
          )
          expect(res.data.code).toBe("ocop.certificate.valid_until_beyond_legal")
        }
      )
    )

    attack(
      "the office verifies a stored submission whose product set is not the product's",
      keeps(
        () => fixture().legacyWrongSet.id,
        async (probe) => {
          const res = await probe.refused(
            api.post(`/admin/ocop/certificates/${fixture().legacyWrongSet.certificate_id}/transitions`, { to: "valid" }, asOffice())
          )
          expect(res.data.code).toBe("ocop.certificate.product_set_mismatch")
        }
      )
    )

    /** The public answer for a code vouches for nothing: no stars, issuer, product, producer or phone. */
    const vouchesForNothing = (data: any) =>
      data.certificate?.recognised === false &&
      data.certificate.stars === undefined &&
      data.certificate.issuer === undefined &&
      data.certificate.product === undefined &&
      data.certificate.producer === undefined &&
      !JSON.stringify(data).includes(PHONE)

    const checkCode = (label: string, pick: (f: Fixture) => { id: string; code: string }) =>
      attack(
        `a visitor checks ${label} on the public verification page`,
        keeps(
          () => pick(fixture()).id,
          async (probe) => {
            const { data } = await api.get(`/store/ocop/verify/${pick(fixture()).code}`, { headers: fixture().store })
            probe.refusedBy("the answer carries no badge, stars or contact details", vouchesForNothing(data))
            expect(data.certificate.message).toContain("chưa được Văn phòng OCOP công nhận")
          }
        )
      )
    checkCode("a submission still under review", (f) => f.underReview)
    checkCode("a submission the office rejected", (f) => f.rejected)
    checkCode("a suspended producer's submission under review", (f) => f.suspendedPending)

    attack(
      "a producer's unchecked 5★ claim shows on its listed product page",
      keeps(
        () => fixture().certified.id,
        async (probe) => {
          const { data } = await api
            .get(`/store/ocop/products/${fixture().certified.handle}?region_id=${fixture().regionId}`, { headers: fixture().store })
            .catch((e: any) => Promise.reject(new Error(JSON.stringify(e.response?.data))))
          const shown = [data.product.certificate, ...data.product.rating_history]
          probe.refusedBy(
            "only the office's 4★ decision is shown",
            shown.every((c: any) => c.stars === 4 && c.status !== "pending_review")
          )
          expect(data.product.certificate).toEqual(expect.objectContaining({ stars: 4, listable: true }))
        }
      )
    )

    attack(
      "a visitor checks a suspended producer's certificate in force: its contact details are not vouched for",
      keeps(
        () => fixture().suspendedValid.id,
        async (probe) => {
          const { data } = await api.get(`/store/ocop/verify/${fixture().suspendedValid.code}`, { headers: fixture().store })
          probe.refusedBy(
            "no producer details, not on sale",
            data.certificate.producer === null && data.certificate.product?.on_sale === false && !JSON.stringify(data).includes(PHONE)
          )
          // the certificate itself is still the office's decision and says so
          expect(data.certificate).toEqual(expect.objectContaining({ recognised: true, stars: 4, listable: true }))
        }
      )
    )
  },
})
