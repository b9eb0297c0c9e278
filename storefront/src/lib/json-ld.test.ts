import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { PublicCertificate, StoreProduct } from "@ocop/contract"
import { breadcrumbJsonLd, productJsonLd, serializeJsonLd } from "./json-ld"

const certificate: PublicCertificate = {
  id: "ocert_1",
  verification_code: "VN-HT01",
  decision_number: "123/QĐ-UBND",
  issuer: "UBND tỉnh Hà Tĩnh",
  issuer_level: "province",
  stars: 4,
  score: null,
  product_set: 7,
  issued_at: "2024-10-15",
  valid_until: "2027-10-15",
  extension_until: null,
  status: "valid",
  effective_status: "valid",
  listable: true,
  revocation_ground: null,
  superseded_reason: null,
}

const product: StoreProduct = {
  id: "prod_1",
  handle: "keo-cu-do-ba-huong",
  title: "Kẹo Cu đơ Bà Hường",
  subtitle: null,
  description: "Kẹo cu đơ </script><script>alert(1)</script>",
  thumbnail: null,
  images: [{ id: "img_1", url: "https://cdn.example/cu-do.jpg" }],
  variants: [
    { id: "v1", title: "Hộp 400g", sku: "OCOP-HT01", calculated_price: { calculated_amount: 65000, currency_code: "vnd" } },
    { id: "v2", title: "Hộp 800g", sku: "OCOP-HT01-2", calculated_price: { calculated_amount: 120000, currency_code: "vnd" } },
  ],
  certificate,
  rating_history: [certificate],
  producer: {
    id: "pdcr_1",
    handle: "co-so-cu-do-ba-huong",
    name: "Cơ sở sản xuất Cu đơ Bà Hường",
    type: "HO_SXKD",
    tax_code: "3001234567",
    province_code: "42",
    commune: "Phường Thành Sen",
    address: "Thạch Trung, Hà Tĩnh",
    phone: null,
    story: null,
  },
}

const input = {
  product,
  lang: "vi" as const,
  url: "https://ocop.example.vn/vi/products/keo-cu-do-ba-huong",
  verifyUrl: "https://ocop.example.vn/vi/verify/VN-HT01",
  producerUrl: "https://ocop.example.vn/vi/producers/co-so-cu-do-ba-huong",
  stock: { v1: "in_stock" as const, v2: "out_of_stock" as const },
}

describe("productJsonLd", () => {
  it("describes the certificate as schema.org Certification", () => {
    const ld = productJsonLd(input) as any
    assert.equal(ld["@type"], "Product")
    assert.deepEqual(ld.hasCertification, {
      "@type": "Certification",
      name: "OCOP 4 sao",
      certificationIdentification: "VN-HT01",
      issuedBy: { "@type": "Organization", name: "UBND tỉnh Hà Tĩnh" },
      validFrom: "2024-10-15",
      expires: "2027-10-15",
      certificationRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 3, name: "OCOP 4 sao" },
      certificationStatus: "https://schema.org/CertificationActive",
      url: "https://ocop.example.vn/vi/verify/VN-HT01",
      description: "Còn hiệu lực · 123/QĐ-UBND",
    })
  })

  it("uses the transitional extension as the expiry when there is one", () => {
    const ld = productJsonLd({
      ...input,
      product: { ...product, certificate: { ...certificate, effective_status: "extended", extension_until: "2028-04-12" } },
    }) as any
    assert.equal(ld.hasCertification.expires, "2028-04-12")
  })

  it("offers every priced variant in whole đồng with its availability", () => {
    const ld = productJsonLd(input) as any
    assert.equal(ld.offers["@type"], "AggregateOffer")
    assert.equal(ld.offers.priceCurrency, "VND")
    assert.equal(ld.offers.lowPrice, 65000)
    assert.equal(ld.offers.highPrice, 120000)
    assert.deepEqual(
      ld.offers.offers.map((o: any) => [o.sku, o.price, o.priceCurrency, o.availability]),
      [
        ["OCOP-HT01", 65000, "VND", "https://schema.org/InStock"],
        ["OCOP-HT01-2", 120000, "VND", "https://schema.org/OutOfStock"],
      ]
    )
    const single = productJsonLd({ ...input, product: { ...product, variants: [product.variants[0]] } }) as any
    assert.equal(single.offers["@type"], "Offer")
    assert.equal(single.offers.price, 65000)
  })

  it("names the producer with its legal identity: tax code and address", () => {
    const ld = productJsonLd(input) as any
    assert.equal(ld.manufacturer.name, "Cơ sở sản xuất Cu đơ Bà Hường")
    assert.equal(ld.manufacturer.taxID, "3001234567")
    assert.deepEqual(ld.manufacturer.address, {
      "@type": "PostalAddress",
      streetAddress: "Thạch Trung, Hà Tĩnh",
      addressLocality: "Phường Thành Sen",
      addressRegion: "Hà Tĩnh",
      addressCountry: "VN",
    })
    assert.equal(ld.category, "Chế biến từ rau, củ, quả, hạt")
  })

  it("leaves out what is unknown instead of writing nulls", () => {
    const ld = productJsonLd({
      ...input,
      product: { ...product, certificate: null, producer: { ...product.producer!, tax_code: null } },
      stock: undefined,
    }) as any
    assert.equal(ld.hasCertification, undefined)
    assert.equal("taxID" in ld.manufacturer, false)
    assert.equal("availability" in ld.offers.offers[0], false)
    assert.ok(!JSON.stringify(ld).includes("null"))
  })
})

describe("serializeJsonLd", () => {
  it("cannot close the script element it is written into", () => {
    const json = serializeJsonLd(productJsonLd(input))
    assert.ok(!json.includes("</script>"))
    assert.equal((JSON.parse(json) as any).description, product.description)
  })
})

describe("breadcrumbJsonLd", () => {
  it("numbers the trail from 1", () => {
    const ld = breadcrumbJsonLd([
      { name: "Trang chủ", url: "https://x/vi" },
      { name: "Sản phẩm thực phẩm", url: "https://x/vi/c/i" },
    ]) as any
    assert.deepEqual(ld.itemListElement[1], { "@type": "ListItem", position: 2, name: "Sản phẩm thực phẩm", item: "https://x/vi/c/i" })
  })
})

describe("breadcrumbJsonLd for the current page", () => {
  it("leaves the URL out of the last step when the page has none", () => {
    const ld = breadcrumbJsonLd([{ name: "Trang chủ", url: "https://x/vi" }, { name: "Kẹo Cu đơ" }]) as any
    assert.deepEqual(ld.itemListElement[1], { "@type": "ListItem", position: 2, name: "Kẹo Cu đơ" })
  })
})
