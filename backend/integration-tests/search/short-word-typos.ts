import type { ContractContext } from "./contract"

/**
 * Our own rule for typos in short syllables (@ocop/domain's short-word-typos), beyond Meilisearch's
 * defaults, so run by the providers that implement it (Postgres and in-memory): a 3–4 letter word
 * is corrected by one edit only when the literal query matches nothing and the correction occurs
 * with the query's other words in some listed product.
 */
export function shortWordTypoContract({ titles }: Pick<ContractContext, "titles">) {
  describe("typos in short syllables", () => {
    it("corrects a swapped letter in a 4-letter syllable from the words around it", async () => {
      expect(await titles({ q: "dong trung ha thoa" })).toEqual(["Đông trùng hạ thảo Phú Nhân"])
      expect(await titles({ q: "nhung huou son kmi" })).toEqual(["Nhung hươu Hương Sơn"])
    })

    it("never rewrites an accent-free query that already matches (Thành Sen is not Hương Sơn)", async () => {
      // "sen" is one letter from "son", which occurs with "huong" in Nhung hươu Hương Sơn
      expect(await titles({ q: "huong sen" })).toEqual(["Kẹo Cu đơ Bà Hường"])
      expect(await titles({ q: "mat ong" })).toEqual(["Mật ong rừng Đakrông"])
    })

    it("finds nothing rather than a wrong product when no correction occurs with the other words", async () => {
      // "thao" is in the catalogue, but never with honey
      expect(await titles({ q: "mat ong thoa" })).toEqual([])
      // one word lends no evidence, and 2-letter words are never corrected
      expect(await titles({ q: "thoa" })).toEqual([])
      expect(await titles({ q: "dong trung hx thao" })).toEqual([])
    })
  })
}
