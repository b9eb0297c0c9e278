import "@medusajs/framework/modules-sdk" // index definitions register themselves with MedusaModule
import productIndex from "../../../search/product"
import { IndexMirror } from "../mirror"
import { runQuery } from "../run-query"
import { planOfDefinition, projectIndexed } from "../stock-projections"

/**
 * The in-memory index without a database: what the contract suite checks through HTTP, plus what
 * it cannot reach (a typo correction forgetting a deleted word, pages far from the front).
 */
const index: any = { ...productIndex, name: "product", physical_name: "product_v1", primary_key: "id" }
const plan = planOfDefinition(index)

const product = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  handle: id,
  title,
  province_code: "42",
  province_name: "Hà Tĩnh",
  stars: 3,
  price_min: 100000,
  listable_until: 20301231,
  sales_channel_ids: ["sc_online"],
  has_geographical_indication: false,
  producer: { type: "HTX", name: "Chủ thể" },
  ...extra,
})

function mirrorOf(documents: Record<string, unknown>[]) {
  const mirror = new IndexMirror(plan)
  for (const document of documents) {
    mirror.upsert({ id: document.id as string, document, indexed: projectIndexed(document as any, plan).indexed })
  }
  return mirror
}

const search = (mirror: IndexMirror, query: Record<string, any>) =>
  runQuery(
    {
      index,
      attributes_to_retrieve: ["id", "title"],
      filters: { sales_channel_ids: ["sc_online"], listable_until: { $gte: 20261124 } },
      pagination: { skip: 0, take: 24 },
      search_options: { count: "exact" },
      ...query,
    } as any,
    mirror,
    new Map()
  )
const titles = (mirror: IndexMirror, query: Record<string, any>) => search(mirror, query).hits.map((h) => h.document.title)

describe("in-memory search index", () => {
  const catalogue = [
    product("p1", "Nước mắm Kỳ Anh", { stars: 5, has_geographical_indication: true }),
    product("p2", "Bưởi Phúc Trạch", { province_code: "42", price_min: 80000 }),
    product("p3", "Mật ong rừng", { province_code: "44", province_name: "Quảng Trị", stars: 4 }),
    product("p4", "Mật ong hoa cà phê", { province_code: "44", province_name: "Quảng Trị", sales_channel_ids: ["sc_pos"] }),
    product("p5", "Mật ong bạc hà", { listable_until: 20200101 }),
  ]

  it("matches folded words, i/y spellings, a typo in long words and the last word as a prefix", () => {
    const mirror = mirrorOf(catalogue)
    expect(titles(mirror, { q: "nuoc mam ki an" })).toEqual(["Nước mắm Kỳ Anh"])
    expect(titles(mirror, { q: "phuc trahc" })).toEqual(["Bưởi Phúc Trạch"])
    expect(titles(mirror, { q: "mat o" })).toEqual(["Mật ong rừng"])
    expect(titles(mirror, { q: "mat ong quang tri" })).toEqual(["Mật ong rừng"])
    expect(titles(mirror, { q: "★ !!!" })).toEqual([])
  })

  it("filters channels and listability, counts disjunctive-ready facets and sorts", () => {
    const mirror = mirrorOf(catalogue)
    const result = search(mirror, {
      search_options: { count: "exact", facets: [{ field: "province_code" }, { field: "price_min", type: "stats" }] },
      pagination: { skip: 0, take: 24, order: { price_min: "ASC", id: "ASC" } },
    })
    expect(result.metadata.count).toBe(3)
    expect(result.hits.map((h) => h.id)).toEqual(["p2", "p1", "p3"])
    expect(result.facets!.province_code).toEqual({
      type: "value",
      values: [
        { value: "42", count: 2 },
        { value: "44", count: 1 },
      ],
    })
    expect(result.facets!.price_min).toEqual(expect.objectContaining({ type: "stats", min: 80000, max: 100000, count: 3 }))
    expect(titles(mirror, { filters: { sales_channel_ids: [] } })).toEqual([])
    expect(titles(mirror, { q: "mat ong", filters: { sales_channel_ids: ["sc_online"], stars: { $gte: 4 } } })).toEqual(["Mật ong rừng"])
  })

  it("forgets a deleted document's words, so typos are no longer corrected to them", () => {
    const mirror = mirrorOf(catalogue)
    expect(titles(mirror, { q: "phuc trahc" })).toEqual(["Bưởi Phúc Trạch"])
    mirror.remove("p2")
    expect(mirror.vocabulary.has("trach")).toBe(false)
    expect(search(mirror, { q: "phuc trahc" }).metadata.count).toBe(0)
    mirror.upsert({ id: "p2", document: catalogue[1], indexed: projectIndexed(catalogue[1] as any, plan).indexed })
    expect(titles(mirror, { q: "phuc trach" })).toEqual(["Bưởi Phúc Trạch"])
  })

  it("corrects a short syllable only to a word found with the other words, the best-supported first", () => {
    const mirror = mirrorOf([...catalogue, product("t1", "Trà hoa vàng"), product("t2", "Trà hoa sen"), product("t3", "Trà hai lá")])
    expect(titles(mirror, { q: "mat ong rugn" })).toEqual(["Mật ong rừng"])
    // "hoa" occurs with "tra" in two products, "hai" in one
    expect(titles(mirror, { q: "tra hao" }).sort()).toEqual(["Trà hoa sen", "Trà hoa vàng"])
    // "rung" is indexed, but never with "buoi"; a lone word has nothing to back a correction
    expect(titles(mirror, { q: "buoi rugn" })).toEqual([])
    expect(titles(mirror, { q: "rugn" })).toEqual([])
    // the literal words match (Trà hoa sen), so "sen" is never read as "son" or anything else
    expect(titles(mirror, { q: "tra hoa sen" })).toEqual(["Trà hoa sen"])
  })

  it("pages deep into a large result in the same order as a full sort", () => {
    const many = Array.from({ length: 500 }, (_, i) => product(`p${String(i).padStart(3, "0")}`, `Trà xanh ${i}`, { stars: 3 + (i % 3) }))
    const mirror = mirrorOf(many)
    const order = { stars: "DESC", id: "ASC" }
    const all = search(mirror, { pagination: { skip: 0, take: 500, order } }).hits.map((h) => h.id)
    const page = search(mirror, { pagination: { skip: 30, take: 10, order } }).hits.map((h) => h.id)
    expect(page).toEqual(all.slice(30, 40))
    expect(all.slice(0, 3)).toEqual(["p002", "p005", "p008"])
  })
})
