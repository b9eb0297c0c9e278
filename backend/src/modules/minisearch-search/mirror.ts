import { searchWords } from "@ocop/domain"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"
import MiniSearch, { type Query } from "minisearch"
import type { QueryWord } from "../vietnamese-search/expand-query"
import { Vocabulary } from "../vietnamese-search/vocabulary"
import type { Indexed } from "./filters"

/** A document as the durable table holds it: the stored document, its filterable projection, when it was written. */
export type MirrorRow = { id: string; document: Record<string, unknown>; indexed: Indexed; updated_at?: Date | string | null }

type Entry = { document: Record<string, unknown>; indexed: Indexed; updatedAt: number; words: string[] }

/** Typo corrections rank below the words the shopper typed (Meilisearch ranks by typo count first). */
const CORRECTION_BOOST = 0.5

function textOf(indexed: Indexed, path: string): string {
  let value: any = indexed
  for (const segment of path.split(".")) {
    value = value?.[segment]
  }
  if (value === undefined || value === null) {
    return ""
  }
  return Array.isArray(value) ? value.map(String).join(" ") : String(value)
}

const timeOf = (value: MirrorRow["updated_at"]) => (value ? new Date(value).getTime() : 0)

/**
 * One index version held in memory: every document with its projection, a MiniSearch full-text
 * index over the searchable fields, and the vocabulary typos are corrected against. Words are the
 * shared `searchWords` (folded, split on anything not a letter or digit) for documents and queries
 * alike, so "Nước mắm" is indexed as "nuoc", "mam" and a query meets it however it is typed.
 */
export class IndexMirror {
  private readonly entries = new Map<string, Entry>()
  private readonly miniSearch: MiniSearch<{ id: string; indexed: Indexed }>
  private readonly wordCounts = new Map<string, number>()
  private readonly boost: Record<string, number>
  private vocabulary_?: Vocabulary

  constructor(readonly plan: IndexPlan) {
    // field classes by the definition's own weights: title 10 > producer, subtitle, GI 2 > place, set 1.5 > rest 1
    this.boost = Object.fromEntries(
      plan.searchable.map((path) => {
        const searchable = plan.fields.get(path)?.field.searchable
        return [path, typeof searchable === "object" && searchable.weight !== undefined ? searchable.weight : 1]
      })
    )
    this.miniSearch = new MiniSearch({
      idField: "id",
      fields: plan.searchable,
      extractField: (entry, field) => (field === "id" ? entry.id : textOf(entry.indexed, field)),
      tokenize: searchWords,
      // searchWords already folded every word; terms handed back in (query trees) are folded too
      processTerm: (term) => term,
    })
  }

  get size() {
    return this.entries.size
  }

  get(id: string) {
    return this.entries.get(id)
  }

  ids() {
    return this.entries.keys()
  }

  /** Whether the row is what the mirror already holds (a poll re-reading a change it has applied). */
  holds(row: MirrorRow): boolean {
    const entry = this.entries.get(row.id)
    return !!entry && entry.updatedAt !== 0 && entry.updatedAt === timeOf(row.updated_at)
  }

  upsert(row: MirrorRow) {
    this.remove(row.id)
    const words = [...new Set(this.plan.searchable.flatMap((path) => searchWords(textOf(row.indexed, path))))]
    this.entries.set(row.id, { document: row.document, indexed: row.indexed, updatedAt: timeOf(row.updated_at), words })
    this.miniSearch.add({ id: row.id, indexed: row.indexed })
    for (const word of words) {
      this.wordCounts.set(word, (this.wordCounts.get(word) ?? 0) + 1)
    }
    this.vocabulary_ = undefined
  }

  remove(id: string) {
    const entry = this.entries.get(id)
    if (!entry) {
      return
    }
    this.entries.delete(id)
    this.miniSearch.discard(id)
    for (const word of entry.words) {
      const count = (this.wordCounts.get(word) ?? 1) - 1
      if (count > 0) {
        this.wordCounts.set(word, count)
      } else {
        this.wordCounts.delete(word)
      }
    }
    this.vocabulary_ = undefined
  }

  /** The words the index holds, rebuilt after writes on the next search that needs it. */
  get vocabulary(): Vocabulary {
    return (this.vocabulary_ ??= new Vocabulary(this.wordCounts.keys()))
  }

  /**
   * Documents holding every word (each through one of its terms), with their relevance: BM25 per
   * field, boosted by the field's weight; the last word as a prefix. Restricted to `fields` when given.
   */
  match(words: QueryWord[], fields?: string[]): Map<string, number> {
    const scores = new Map<string, number>()
    if (!words.length) {
      return scores
    }
    const query: Query = {
      combineWith: "AND",
      queries: words.map((word) => {
        const corrections = new Set(word.corrections)
        return {
          combineWith: "OR",
          prefix: word.prefix,
          queries: [word.terms.join(" ")],
          boostTerm: (term: string) => (corrections.has(term) ? CORRECTION_BOOST : 1),
        }
      }),
    }
    for (const result of this.miniSearch.search(query, { fields, boost: this.boost, fuzzy: false })) {
      scores.set(result.id, result.score)
    }
    return scores
  }
}
