import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { browseSitemap, itemSitemap, parseSitemapFile, PRODUCTS_PER_FILE, sitemapFiles, sitemapIndexXml, urlsetXml } from "./sitemap"

const origin = "https://ocop.example.vn"
const now = new Date("2026-11-24T00:00:00Z")

describe("sitemapFiles / parseSitemapFile", () => {
  it("splits 20,061 products into files of 5,000 and lists every file once", () => {
    const files = sitemapFiles({ products: 20_061, producers: 8_000 })
    assert.deepEqual(files, [
      "browse.xml",
      "products-0.xml",
      "products-1.xml",
      "products-2.xml",
      "products-3.xml",
      "products-4.xml",
      "producers-0.xml",
      "producers-1.xml",
    ])
    // the files cover every offset exactly once
    const offsets = files.map((f) => parseSitemapFile(f)).filter((f) => f && f.kind === "products")
    assert.deepEqual(
      offsets.map((f) => (f as { offset: number }).offset),
      [0, 5000, 10000, 15000, 20000]
    )
    assert.ok(PRODUCTS_PER_FILE * 2 <= 50_000, "two URLs a product stay within a sitemap's 50,000")
  })

  it("needs no product file for an empty catalogue and exactly one for 5,000", () => {
    assert.deepEqual(sitemapFiles({ products: 0, producers: 0 }), ["browse.xml"])
    assert.deepEqual(sitemapFiles({ products: 5000, producers: 1 }), ["browse.xml", "products-0.xml", "producers-0.xml"])
    assert.deepEqual(sitemapFiles({ products: 5001, producers: 0 }), ["browse.xml", "products-0.xml", "products-1.xml"])
  })

  it("refuses names it never gives", () => {
    for (const name of [
      "products-01.xml",
      "products--1.xml",
      "products-1",
      "orders-0.xml",
      "../products-0.xml",
      "products-1.5.xml",
      "products-9999999.xml",
    ]) {
      assert.equal(parseSitemapFile(name), null, name)
    }
    assert.deepEqual(parseSitemapFile("producers-2.xml"), { kind: "producers", offset: 10_000, limit: PRODUCTS_PER_FILE })
  })
})

describe("sitemap XML", () => {
  it("lists every product of a page in both languages, with hreflang alternates and lastmod", () => {
    const xml = urlsetXml(itemSitemap(origin, "products", [{ handle: "nuoc-mam-luan-nghiep", updated_at: "2026-11-01T00:00:00Z" }]))
    assert.match(xml, /<loc>https:\/\/ocop\.example\.vn\/vi\/products\/nuoc-mam-luan-nghiep<\/loc>/)
    assert.match(xml, /<loc>https:\/\/ocop\.example\.vn\/en\/products\/nuoc-mam-luan-nghiep<\/loc>/)
    assert.match(
      xml,
      /<xhtml:link rel="alternate" hreflang="x-default" href="https:\/\/ocop\.example\.vn\/vi\/products\/nuoc-mam-luan-nghiep"\/>/
    )
    assert.match(xml, /<lastmod>2026-11-01T00:00:00.000Z<\/lastmod>/)
    assert.equal(xml.match(/<url>/g)?.length, 2)
  })

  it("escapes what XML reserves", () => {
    const xml = urlsetXml(itemSitemap("https://a.vn/?x=1&y=2", "producers", [{ handle: "htx" }]))
    assert.ok(xml.includes("&amp;y=2"))
    assert.ok(!/&y=2/.test(xml))
  })

  it("indexes the files under /sitemaps/", () => {
    const xml = sitemapIndexXml(origin, ["browse.xml", "products-0.xml"], now)
    assert.match(xml, /<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/)
    assert.match(xml, /<loc>https:\/\/ocop\.example\.vn\/sitemaps\/products-0\.xml<\/loc>/)
  })
})

describe("browseSitemap", () => {
  const urls = browseSitemap({
    origin,
    now,
    facets: {
      sector_code: [
        { value: "I", count: 2 },
        { value: "VI", count: 0 },
      ],
      product_set: [
        { value: "9", count: 2 },
        { value: "99", count: 1 },
      ],
      province_code: [
        { value: "42", count: 1 },
        { value: "44", count: 1 },
      ],
    },
  }).map((e) => e.url)

  it("adds browse pages that have products, once each", () => {
    for (const path of ["", "/products", "/c", "/provinces", "/c/i", "/c/i/9", "/provinces/42", "/provinces/44"]) {
      assert.ok(urls.includes(`${origin}/vi${path}`), path)
      assert.ok(urls.includes(`${origin}/en${path}`), path)
    }
    assert.ok(!urls.includes(`${origin}/vi/c/vi`), "a sector without products is left out")
    assert.ok(!urls.some((u) => u.includes("/99")), "unknown product sets are left out")
    assert.equal(new Set(urls).size, urls.length)
  })
})
