import { searchWords } from "@ocop/domain"
import { projectIndexedDocument, weightLabel, type IndexPlan } from "@medusajs/search-postgres/dist/utils"
import MiniSearch, { type Query } from "minisearch"
import type { QueryWord } from "../vietnamese-search/expand-query"
import { Vocabulary } from "../vietnamese-search/vocabulary"
import { pathReader } from "./paths"

/** A document's `indexed` projection (what the Postgres provider filters on): coerced values, no nulls. */
export type Indexed = Record<string, any>

/** A document as the durable table holds it: the stored document, its projection, when it was written. */
export type MirrorRow = { id: string; document: Record<string, unknown>; indexed: Indexed; updated_at?: Date | string | null }

/**
 * MiniSearch plus a look at its own postings (which documents hold a term, without scoring them),
 * so a query scores only the documents that hold every word: a frequent syllable such as "ha"
 * (Hà Nội, Hà Tĩnh…) otherwise gets a BM25 score in thousands of documents a rare word then drops.
 */
class PostingsMiniSearch<T> extends MiniSearch<T> {
  /** The postings of a term, one per field it occurs in: internal document number → frequency. */
  postingsOf(term: string): Map<number, number>[] {
    const fields = this._index.get(term)
    return fields ? [...fields.values()] : []
  }

  /** The id of a live document (discarded ones stay in the postings until vacuumed). */
  idOf(documentNumber: number): string | undefined {
    return this._documentIds.get(documentNumber)
  }
}

/** Beyond this many words that the typed last word begins, it does not narrow the candidates. */
const MAX_COMPLETIONS = 64

/** Typo corrections rank below the words the shopper typed (Meilisearch ranks by typo count first). */
const CORRECTION_BOOST = 0.5

function textOf(indexed: Indexed, read: (source: Indexed) => any): string {
  const value = read(indexed)
  if (value === undefined) {
    return ""
  }
  return Array.isArray(value) ? value.map(String).join(" ") : String(value)
}

const timeOf = (value: MirrorRow["updated_at"]) => (value ? new Date(value).getTime() : 0)

/**
 * One index version held in memory. Documents sit in numbered slots; what filters, sorts and facets
 * read is kept as one array per field (a column), so a pass over 20,000 documents is array reads
 * rather than property look-ups on 20,000 objects. Searchable text lives only in the MiniSearch
 * index, with the vocabulary typos are corrected against. Words are the shared `searchWords`
 * (folded, split on anything not a letter or digit) for documents and queries alike.
 */
export class IndexMirror {
  private readonly slotOf = new Map<string, number>()
  private readonly freeSlots: number[] = []
  /** The id in each slot, undefined when the slot is free. */
  readonly ids: (string | undefined)[] = []
  private readonly documents: (Record<string, unknown> | undefined)[] = []
  private readonly updatedAt: number[] = []
  private readonly columns = new Map<string, { read: (source: Indexed) => any; values: unknown[] }>()
  private readonly miniSearch: PostingsMiniSearch<{ id: string; indexed: Indexed }>
  private readonly wordCounts = new Map<string, number>()
  private readonly classes = new Map<string, { readers: ((source: Indexed) => any)[]; boost: number }>()
  private readonly classOf = new Map<string, string>()
  private readonly boost: Record<string, number>
  private vocabulary_?: Vocabulary

  constructor(readonly plan: IndexPlan) {
    for (const { path, field } of plan.fields.values()) {
      if (field.filterable || field.sortable || field.facetable) {
        this.columns.set(path, { read: pathReader(path), values: [] })
      }
    }
    // one MiniSearch field per weight class, as the Postgres provider weighs them (A title; B producer,
    // subtitle, GI; C place, product set; D the rest): fewer postings to walk per word, and a search
    // on some fields means their classes there too
    for (const path of plan.searchable) {
      const searchable = plan.fields.get(path)!.field.searchable
      const weight = typeof searchable === "object" && searchable.weight !== undefined ? searchable.weight : 1
      const label = weightLabel(searchable)
      const weightClass = this.classes.get(label) ?? { readers: [], boost: 0 }
      weightClass.readers.push(pathReader(path))
      weightClass.boost = Math.max(weightClass.boost, weight)
      this.classes.set(label, weightClass)
      this.classOf.set(path, label)
    }
    this.boost = Object.fromEntries([...this.classes].map(([label, { boost }]) => [label, boost]))
    this.miniSearch = new PostingsMiniSearch({
      idField: "id",
      fields: [...this.classes.keys()],
      extractField: (entry, field) => (field === "id" ? entry.id : this.classText(entry.indexed, field)),
      tokenize: searchWords,
      // searchWords already folded every word; terms handed back in (query trees) are folded too
      processTerm: (term) => term,
    })
  }

  private wordsOf(indexed: Indexed): string[] {
    return [...new Set([...this.classes.keys()].flatMap((label) => searchWords(this.classText(indexed, label))))]
  }

  private classText(indexed: Indexed, label: string): string {
    return this.classes
      .get(label)!
      .readers.map((read) => textOf(indexed, read))
      .join(" ")
  }

  get size() {
    return this.slotOf.size
  }

  slot(id: string): number | undefined {
    return this.slotOf.get(id)
  }

  document(slot: number): Record<string, unknown> {
    return this.documents[slot]!
  }

  /** A field's values by slot (filterable, sortable or facetable fields only). */
  column(path: string): unknown[] {
    const column = this.columns.get(path)
    if (!column) {
      throw new Error(`Field "${path}" is neither filterable, sortable nor facetable`)
    }
    return column.values
  }

  /** Whether the row is what the mirror already holds (a poll re-reading a change it has applied). */
  holds(row: MirrorRow): boolean {
    const slot = this.slotOf.get(row.id)
    return slot !== undefined && this.updatedAt[slot] !== 0 && this.updatedAt[slot] === timeOf(row.updated_at)
  }

  upsert(row: MirrorRow) {
    this.remove(row.id)
    const slot = this.freeSlots.pop() ?? this.ids.length
    const words = this.wordsOf(row.indexed)
    this.slotOf.set(row.id, slot)
    this.ids[slot] = row.id
    this.documents[slot] = row.document
    this.updatedAt[slot] = timeOf(row.updated_at)
    for (const { read, values } of this.columns.values()) {
      values[slot] = read(row.indexed)
    }
    this.miniSearch.add({ id: row.id, indexed: row.indexed })
    for (const word of words) {
      this.wordCounts.set(word, (this.wordCounts.get(word) ?? 0) + 1)
    }
    this.vocabulary_ = undefined
  }

  remove(id: string) {
    const slot = this.slotOf.get(id)
    if (slot === undefined) {
      return
    }
    // the words it added to the vocabulary, from the document itself (kept per document they cost ~30 MB)
    for (const word of this.wordsOf(projectIndexedDocument(this.documents[slot] as any, this.plan).indexed)) {
      const count = (this.wordCounts.get(word) ?? 1) - 1
      if (count > 0) {
        this.wordCounts.set(word, count)
      } else {
        this.wordCounts.delete(word)
      }
    }
    this.slotOf.delete(id)
    this.ids[slot] = undefined
    this.documents[slot] = undefined
    this.updatedAt[slot] = 0
    for (const { values } of this.columns.values()) {
      values[slot] = undefined
    }
    this.freeSlots.push(slot)
    this.miniSearch.discard(id)
    this.vocabulary_ = undefined
  }

  /** The words the index holds, rebuilt after writes on the next search that needs it. */
  get vocabulary(): Vocabulary {
    return (this.vocabulary_ ??= new Vocabulary(this.wordCounts.keys()))
  }

  /**
   * Slots of the documents holding every word (each through one of its terms), with their
   * relevance: BM25 per weight class, boosted by its weight; the last word as a prefix. Restricted to
   * the classes of `fields` when given (as the Postgres provider restricts them).
   */
  match(words: QueryWord[], fields?: string[]): Map<number, number> {
    const scores = new Map<number, number>()
    const candidates = this.candidates(words)
    if (!words.length || candidates?.size === 0) {
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
    const options = {
      fields: fields && [...new Set(fields.map((path) => this.classOf.get(path)!))],
      boost: this.boost,
      fuzzy: false,
      // a zero boost makes MiniSearch skip a document before scoring it
      boostDocument: candidates ? (id: string) => (candidates.has(id) ? 1 : 0) : undefined,
    }
    for (const result of this.miniSearch.search(query, options)) {
      const slot = this.slotOf.get(result.id)
      if (slot !== undefined) {
        scores.set(slot, result.score)
      }
    }
    return scores
  }

  /**
   * Documents holding every whole word (through any of its terms, in any field) and a word starting
   * with the last one: a superset of the matches, found from the rarest word up. Undefined when the
   * query is only the word being typed (nothing narrows it before MiniSearch's own prefix search).
   */
  private candidates(words: QueryWord[]): Set<string> | undefined {
    // per word, the postings of all its terms; the last word's are those of the words it begins,
    // left out when it begins too many (the candidates are then only a looser superset)
    const postingsOfWords = words
      .map((word) => (word.prefix ? this.completions(word.terms) : word.terms))
      .filter((terms): terms is string[] => !!terms)
      .map((terms) => terms.flatMap((term) => this.miniSearch.postingsOf(term)))
    if (words.length < 2 || !postingsOfWords.length) {
      return undefined
    }
    // walked from the word with the fewest postings
    const [rarest, ...others] = postingsOfWords
      .map((postings) => ({ postings, size: postings.reduce((n, p) => n + p.size, 0) }))
      .sort((a, b) => a.size - b.size)
      .map(({ postings }) => postings)
    const seen = new Set<number>()
    const candidates = new Set<string>()
    for (const postings of rarest) {
      for (const documentNumber of postings.keys()) {
        if (seen.has(documentNumber)) {
          continue
        }
        seen.add(documentNumber)
        if (!others.every((word) => word.some((p) => p.has(documentNumber)))) {
          continue
        }
        const id = this.miniSearch.idOf(documentNumber)
        if (id !== undefined) {
          candidates.add(id)
        }
      }
    }
    return candidates
  }

  /** The indexed words the typed terms begin, or undefined when there are too many to look up one by one. */
  private completions(terms: string[]): string[] | undefined {
    const words: string[] = []
    for (const term of terms) {
      const completions = this.vocabulary.withPrefix(term, MAX_COMPLETIONS)
      if (!completions) {
        return undefined
      }
      words.push(...completions)
    }
    return words
  }
}
