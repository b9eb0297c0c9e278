import type { MedusaContainer } from "@medusajs/framework/types"
import { createOfficeUser } from "../helpers/admin"
import { failed } from "../helpers/http"
import { SEARCH_CATALOGUE, seedSearchCatalogue } from "./catalogue"

type Api = { get: Function; post: Function }
type Hit = { title: string; stars: number; price_min: number; province_code: string; handle: string }

const LISTED = SEARCH_CATALOGUE.length
const NUOC_MAM = ["Nước mắm Kỳ Anh Hải Thịnh", "Nước mắm cá cơm Cửa Việt"]

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, withinMs: number) {
  const started = Date.now()
  let value = await read()
  while (!done(value) && Date.now() - started < withinMs) {
    await new Promise((r) => setTimeout(r, 100))
    value = await read()
  }
  return { value, elapsedMs: Date.now() - started }
}

/**
 * The search behaviours every provider must show through GET /store/ocop/search, whichever engine
 * serves it: accent-free and typo matching by Meilisearch's rules, filters, facets, sorting,
 * pagination, channel scoping, bad input, and a delisted product leaving and coming back.
 */
export type ContractContext = {
  titles: (params: Record<string, string | number>) => Promise<string[]>
  /** The engine that answered a search (X-Search-Engine), null when the provider does not say. */
  engine: (params?: Record<string, string | number>) => Promise<string | null>
  products: () => Awaited<ReturnType<typeof seedSearchCatalogue>>["products"]
  eventually: typeof eventually
}

/**
 * `providerSpecific` adds a provider's own tests on the same seeded catalogue (after the shared ones).
 */
export function searchContract(
  { api, getContainer }: { api: Api; getContainer: () => MedusaContainer },
  providerSpecific?: (context: ContractContext) => void
) {
  let storeHeaders: Record<string, string>
  let adminHeaders: Record<string, string>
  let products: Awaited<ReturnType<typeof seedSearchCatalogue>>["products"]

  const search = async (params: Record<string, string | number> = {}) => {
    const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))
    const { data } = await api.get(`/store/ocop/search?${query}`, { headers: storeHeaders })
    return data as { hits: Hit[]; count: number; facets: Record<string, any>; limit: number; offset: number }
  }
  const titles = async (params: Record<string, string | number>) => (await search({ limit: 48, ...params })).hits.map((h) => h.title)

  beforeAll(async () => {
    ;({ storeHeaders, products } = await seedSearchCatalogue(getContainer()))
    ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
    // The index is fed by events: wait until every listed product has arrived.
    const { value } = await eventually(
      () => search(),
      (r) => r.count === LISTED,
      30_000
    )
    expect(value.count).toBe(LISTED)
  })

  describe("matching Vietnamese words", () => {
    it("finds accented titles from accent-free queries, with đ typed as d", async () => {
      expect((await titles({ q: "nuoc mam" })).sort()).toEqual([...NUOC_MAM].sort())
      expect(await titles({ q: "dong trung ha thao" })).toEqual(["Đông trùng hạ thảo Phú Nhân"])
      expect(await titles({ q: "cu do" })).toEqual(["Kẹo Cu đơ Bà Hường"])
      expect((await titles({ q: "nước mắm" })).sort()).toEqual([...NUOC_MAM].sort())
    })

    it("matches the last word as a prefix while it is being typed", async () => {
      expect(await titles({ q: "cu do ha tin" })).toEqual(["Kẹo Cu đơ Bà Hường"])
      expect(await titles({ q: "nhung hu" })).toEqual(["Nhung hươu Hương Sơn"])
    })

    it("forgives one typo in words of 5 letters or more, and no unsupported typo in shorter words", async () => {
      expect(await titles({ q: "phuc trahc" })).toEqual(["Bưởi Phúc Trạch Hương Khê"])
      expect(await titles({ q: "buoii phuc" })).toEqual(["Bưởi Phúc Trạch Hương Khê"])
      // short syllables: Meilisearch forgives none; ours only what the catalogue backs (short-word-typos.ts)
      expect(await titles({ q: "mat ong thoa" })).toEqual([])
    })

    it("treats the i/y spellings of a syllable as the same word", async () => {
      expect(await titles({ q: "ki anh" })).toEqual(["Nước mắm Kỳ Anh Hải Thịnh"])
      expect(await titles({ q: "mi gao" })).toEqual(["Mỳ gạo Hùng Lô"])
    })

    it("searches producer, commune, province and geographical indication, not only titles", async () => {
      expect(await titles({ q: "Đakrông" })).toEqual(["Mật ong rừng Đakrông"])
      expect(await titles({ q: "cam vu quang" })).toEqual(["Cam Vũ Quang"])
      expect((await titles({ q: "quang tri" })).sort()).toEqual(
        ["Mật ong rừng Đakrông", "Mỳ gạo Hùng Lô", "Nước mắm cá cơm Cửa Việt"].sort()
      )
    })

    it("never finds products sold only in another sales channel", async () => {
      expect(await titles({ q: "chi ban tai quay" })).toEqual([])
    })
  })

  describe("suggestions while typing", () => {
    it("suggests products from the first letters, accent-free, in the key's channel only", async () => {
      const suggest = async (q: string) =>
        (await api.get(`/store/ocop/search/suggestions?q=${encodeURIComponent(q)}`, { headers: storeHeaders })).data.suggestions as {
          title: string
          handle: string
          stars: number
        }[]
      expect((await suggest("nuoc m")).map((s) => s.title).sort()).toEqual([...NUOC_MAM].sort())
      expect(await suggest("nhung h")).toEqual([
        expect.objectContaining({ title: "Nhung hươu Hương Sơn", handle: "nhung-huou-huong-son", stars: 5 }),
      ])
      expect(await suggest("")).toEqual([])
      // a suggestion names a product: words found only in its place or category do not suggest it
      expect((await titles({ q: "quang tri" })).length).toBe(3)
      expect(await suggest("quang tri")).toEqual([])
      expect((await suggest("cu d")).map((s) => s.title)).toEqual(["Kẹo Cu đơ Bà Hường"])
      expect((await suggest("chi ban")).length).toBe(0)
    })
  })

  describe("filters", () => {
    it("filters by minimum stars, province, sector, product set, producer, producer type, price and GI", async () => {
      const byTitles = async (params: Record<string, string | number>) => (await titles(params)).sort()
      expect(await byTitles({ stars: 5 })).toEqual(["Nhung hươu Hương Sơn", "Nước mắm Kỳ Anh Hải Thịnh"])
      expect((await search({ stars: 4 })).hits.every((h) => h.stars >= 4)).toBe(true)
      expect(await byTitles({ province: "44" })).toEqual(["Mật ong rừng Đakrông", "Mỳ gạo Hùng Lô", "Nước mắm cá cơm Cửa Việt"])
      expect(await byTitles({ sector: "III" })).toEqual(["Nhung hươu Hương Sơn", "Đông trùng hạ thảo Phú Nhân"].sort())
      expect(await byTitles({ product_set: "1" })).toEqual(["Bưởi Phúc Trạch Hương Khê", "Cam Vũ Quang"])
      expect(await byTitles({ producer: "chu-the-cam-vu-quang" })).toEqual(["Cam Vũ Quang"])
      expect(await byTitles({ producer_type: "HTX" })).toEqual(
        ["Bưởi Phúc Trạch Hương Khê", "Nhung hươu Hương Sơn", "Nước mắm Kỳ Anh Hải Thịnh"].sort()
      )
      expect(await byTitles({ price_min: 60000, price_max: 130000 })).toEqual(
        ["Bưởi Phúc Trạch Hương Khê", "Kẹo Cu đơ Bà Hường", "Nước mắm Kỳ Anh Hải Thịnh", "Nước mắm cá cơm Cửa Việt"].sort()
      )
      expect(await byTitles({ gi: "true" })).toEqual(
        ["Bưởi Phúc Trạch Hương Khê", "Cam Vũ Quang", "Kẹo Cu đơ Bà Hường", "Nước mắm Kỳ Anh Hải Thịnh"].sort()
      )
      expect(await byTitles({ q: "nuoc mam", province: "42,44", stars: 5 })).toEqual(["Nước mắm Kỳ Anh Hải Thịnh"])
    })
  })

  describe("facets", () => {
    const counts = (facet: { value: string; count: number }[]) => Object.fromEntries(facet.map((f) => [f.value, f.count]))

    it("counts the result set per star level, province, sector, product set, producer type and GI, with the price range", async () => {
      const { facets } = await search({ q: "nuoc mam" })
      expect(counts(facets.province_code)).toEqual({ "42": 1, "44": 1 })
      expect(counts(facets.stars)).toEqual({ "4": 1, "5": 1 })
      expect(counts(facets.sector_code)).toEqual({ I: 2 })
      expect(counts(facets.product_set)).toEqual({ "9": 2 })
      expect(counts(facets.producer_type)).toEqual({ HTX: 1, DN_NVV: 1 })
      expect(counts(facets.has_geographical_indication)).toEqual({ true: 1, false: 1 })
      expect(facets.price).toEqual({ min: 90000, max: 120000 })
    })

    it("keeps the other values of a filtered facet countable (a chosen province still shows the others)", async () => {
      const { hits, facets } = await search({ q: "nuoc mam", province: "44" })
      expect(hits.map((h) => h.title)).toEqual(["Nước mắm cá cơm Cửa Việt"])
      expect(counts(facets.province_code)).toEqual({ "42": 1, "44": 1 })
      expect(counts(facets.stars)).toEqual({ "4": 1 })
    })
  })

  describe("sorting and pagination", () => {
    it("sorts by price both ways, by stars and by newest", async () => {
      const prices = (await search({ sort: "price_asc" })).hits.map((h) => h.price_min)
      expect(prices).toEqual([...prices].sort((a, b) => a - b))
      expect(prices[0]).toBe(40000)
      const descending = (await search({ sort: "price_desc" })).hits.map((h) => h.price_min)
      expect(descending[0]).toBe(1500000)
      const stars = (await search({ sort: "stars" })).hits.map((h) => h.stars)
      expect(stars).toEqual([...stars].sort((a, b) => b - a))
      expect((await search({ sort: "newest" })).hits[0].title).toBe("Mỳ gạo Hùng Lô")
    })

    it("pages through every hit exactly once", async () => {
      const pages = await Promise.all([0, 4, 8].map((offset) => search({ sort: "price_asc", limit: 4, offset })))
      expect(pages.map((p) => p.hits.length)).toEqual([4, 4, 1])
      expect(pages.every((p) => p.count === LISTED)).toBe(true)
      const handles = pages.flatMap((p) => p.hits.map((h) => h.handle))
      expect(new Set(handles).size).toBe(LISTED)
    })
  })

  describe("producer pages", () => {
    it("shows a producer's legal identity and lists their products through the search filter", async () => {
      const { data } = await api.get("/store/ocop/producers/chu-the-cam-vu-quang", { headers: storeHeaders })
      expect(data.producer).toEqual(
        expect.objectContaining({ name: "Chủ thể Cam Vũ Quang", type: "THT", province_name: "Hà Tĩnh", commune: "Xã Vũ Quang" })
      )
      expect(data.producer.type_label.vi).toBe("Tổ hợp tác")
      expect(await titles({ producer: "chu-the-cam-vu-quang" })).toEqual(["Cam Vũ Quang"])
      const missing = await failed(api.get("/store/ocop/producers/khong-co", { headers: storeHeaders }))
      expect(missing.status).toBe(404)
      expect(missing.data.message).toContain("Không tìm thấy chủ thể")
    })
  })

  describe("bad parameters", () => {
    it.each([
      ["stars=2", "Số sao tối thiểu"],
      ["sort=cheap", "Cách sắp xếp"],
      ["limit=0", "Số kết quả mỗi trang"],
      ["limit=abc", "Số kết quả mỗi trang"],
      ["offset=-1", "Vị trí bắt đầu"],
      ["price_min=-5", "Giá từ"],
      ["price_min=9000&price_max=100", "Giá từ phải nhỏ hơn"],
      ["province=99", "Mã tỉnh/thành"],
      ["sector=VII", "Ngành"],
      ["product_set=27", "Bộ sản phẩm"],
      ["producer_type=XYZ", "Loại hình chủ thể"],
      ["gi=maybe", "gi chỉ nhận"],
      [`q=${"a".repeat(201)}`, "Từ khóa tìm kiếm quá dài"],
    ])("answers %s with a 400 that says why in Vietnamese", async (params, message) => {
      const response = await failed(api.get(`/store/ocop/search?${params}`, { headers: storeHeaders }))
      expect(response.status).toBe(400)
      expect(response.data.message).toContain(message)
    })

    it("answers queries made only of symbols with no hits rather than an error", async () => {
      expect((await search({ q: "★ !!! ()" })).hits).toEqual([])
      expect((await search({ q: "' & | :*" })).hits).toEqual([])
    })
  })

  describe("listing changes", () => {
    it("drops a delisted product within 5 seconds and restores it within 5 seconds of relisting", async () => {
      const { certificate_id } = products["Cam Vũ Quang"]
      const transition = (body: Record<string, unknown>) =>
        api.post(`/admin/ocop/certificates/${certificate_id}/transitions`, body, { headers: adminHeaders })
      const found = async () => (await titles({ q: "cam vu quang" })).includes("Cam Vũ Quang")

      await transition({ to: "suspended", reason: "Kiểm tra an toàn thực phẩm" })
      const gone = await eventually(found, (f) => !f, 5_000)
      expect(gone.value).toBe(false)

      await transition({ to: "valid", reason: "Kết quả kiểm tra đạt" })
      const back = await eventually(found, (f) => f, 5_000)
      expect(back.value).toBe(true)
      console.log(`search index: delisted gone in ${gone.elapsedMs} ms, relisted back in ${back.elapsedMs} ms`)
    })
  })

  if (providerSpecific) {
    describe("provider specifics", () =>
      providerSpecific({
        titles,
        engine: async (params = {}) => {
          const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))
          const { headers } = await api.get(`/store/ocop/search?${query}`, { headers: storeHeaders })
          return (headers["x-search-engine"] as string | undefined) ?? null
        },
        products: () => products,
        eventually,
      }))
  }
}
