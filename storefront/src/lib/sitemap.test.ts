import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { buildSitemap } from "./sitemap"

const origin = "https://ocop.example.vn"
const now = new Date("2026-11-24T00:00:00Z")

describe("buildSitemap", () => {
  const sitemap = buildSitemap({
    origin,
    now,
    products: [
      { handle: "nuoc-mam-luan-nghiep", producer: { handle: "co-so-luan-nghiep" }, created_at: "2026-11-01T00:00:00Z" },
      { handle: "ruoc-tham-khe", producer: { handle: "co-so-luan-nghiep" }, created_at: null },
    ],
    facets: {
      sector_code: [{ value: "I", count: 2 }, { value: "VI", count: 0 }],
      product_set: [{ value: "9", count: 2 }, { value: "99", count: 1 }],
      province_code: [{ value: "42", count: 1 }, { value: "44", count: 1 }],
    },
  })
  const urls = sitemap.map((e) => e.url)

  it("lists every listed product in both languages, with hreflang alternates", () => {
    assert.ok(urls.includes(`${origin}/vi/products/nuoc-mam-luan-nghiep`))
    assert.ok(urls.includes(`${origin}/en/products/nuoc-mam-luan-nghiep`))
    const entry = sitemap.find((e) => e.url === `${origin}/en/products/nuoc-mam-luan-nghiep`)!
    assert.deepEqual(entry.alternates?.languages, {
      vi: `${origin}/vi/products/nuoc-mam-luan-nghiep`,
      en: `${origin}/en/products/nuoc-mam-luan-nghiep`,
      "x-default": `${origin}/vi/products/nuoc-mam-luan-nghiep`,
    })
    assert.deepEqual(entry.lastModified, new Date("2026-11-01T00:00:00Z"))
  })

  it("adds browse pages that have products, each producer once", () => {
    for (const path of ["", "/products", "/c", "/provinces", "/c/i", "/c/i/9", "/provinces/42", "/provinces/44", "/producers/co-so-luan-nghiep"]) {
      assert.ok(urls.includes(`${origin}/vi${path}`), path)
    }
    assert.ok(!urls.includes(`${origin}/vi/c/vi`), "a sector without products is left out")
    assert.ok(!urls.some((u) => u.includes("/99")), "unknown product sets are left out")
    assert.equal(urls.filter((u) => u === `${origin}/vi/producers/co-so-luan-nghiep`).length, 1)
    assert.equal(new Set(urls).size, urls.length)
  })
})
