import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { clip, languageAlternates, localizedUrl, pageMetadata, siteUrl } from "./seo"

describe("siteUrl", () => {
  it("uses STOREFRONT_URL without its trailing slash, localhost otherwise", () => {
    assert.equal(siteUrl({ STOREFRONT_URL: "https://ocop.example.vn/" }), "https://ocop.example.vn")
    assert.equal(siteUrl({}), "http://localhost:8000")
  })
})

describe("localized URLs", () => {
  const origin = "https://ocop.example.vn"
  it("prefixes the locale, home without a trailing slash", () => {
    assert.equal(localizedUrl("vi", "/", undefined, origin), "https://ocop.example.vn/vi")
    assert.equal(localizedUrl("en", "/provinces/42", { page: "2" }, origin), "https://ocop.example.vn/en/provinces/42?page=2")
  })

  it("lists every language and x-default (Vietnamese)", () => {
    assert.deepEqual(languageAlternates("/c/i", undefined, origin), {
      vi: "https://ocop.example.vn/vi/c/i",
      en: "https://ocop.example.vn/en/c/i",
      "x-default": "https://ocop.example.vn/vi/c/i",
    })
  })
})

describe("pageMetadata", () => {
  it("gives title, description, canonical, alternates and Open Graph", () => {
    const m = pageMetadata({
      locale: "en",
      path: "/producers/htx-a",
      title: "HTX A",
      description: "Story",
      siteName: "OCOP Market",
    })
    assert.equal(m.title, "HTX A")
    assert.match(String(m.alternates?.canonical), /\/en\/producers\/htx-a$/)
    assert.match(String((m.alternates?.languages as Record<string, string>).vi), /\/vi\/producers\/htx-a$/)
    assert.equal((m.openGraph as { locale?: string }).locale, "en_US")
    assert.equal(m.robots, undefined)
  })

  it("keeps re-ordered listings out of the index", () => {
    const m = pageMetadata({ locale: "vi", path: "/c/i", title: "t", description: "d", siteName: "s", index: false })
    assert.deepEqual(m.robots, { index: false, follow: true })
  })
})

describe("clip", () => {
  it("keeps short text and cuts long text at a word", () => {
    assert.equal(clip("  Nước  mắm "), "Nước mắm")
    const long = "Kẹo cu đơ Hà Tĩnh ".repeat(20)
    const out = clip(long, 40)
    assert.ok(out.length <= 40)
    assert.ok(out.endsWith("…"))
    assert.equal(clip(null), "")
  })
})
