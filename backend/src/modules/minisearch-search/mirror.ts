import { searchWords } from "@ocop/domain"
import { weightLabel, type IndexPlan } from "../vietnamese-search/stock-provider"
import { projectIndexed } from "./stock-projections"
import type { Query } from "minisearch"
import type { QueryWord } from "../vietnamese-search/expand-query"
import { Vocabulary } from "../vietnamese-search/vocabulary"
import { pathReader } from "./paths"
import { ScoringMiniSearch, type FieldPostings } from "./scoring-minisearch"

/** A document's `indexed` projection (what the Postgres provider filters on): coerced values, no nulls. */
export type Indexed = Record<string, any>

/** A document as the durable table holds it: the stored document, its projection, when it was written. */
export type MirrorRow = { id: string; document: Record<string, unknown>; indexed: Indexed; updated_at?: Date | string | null }

/** Beyond this many words that the typed last word begins, MiniSearch's own prefix search answers. */
const MAX_COMPLETIONS = 64

/** Typo corrections rank below the words the shopper typed (Meilisearch ranks by typo count first). */
const CORRECTION_BOOST = 0.5
/** A word the typed last word only begins weighs less than the word itself (MiniSearch's prefix weight). */
const PREFIX_WEIGHT = 0.375

/** A term standing for a query word, how much it counts, and where it occurs. */
type WeightedTerm = { weight: number; occurrences: FieldPostings[] }

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
  private readonly miniSearch: ScoringMiniSearch<{ id: string; indexed: Indexed }>
  private readonly wordCounts = new Map<string, number>()
  private readonly classes = new Map<string, { readers: ((source: Indexed) => any)[]; boost: number }>()
  private readonly classOf = new Map<string, string>()
  private readonly boost: Record<string, number>
  /** The same boosts by MiniSearch's field number. */
  private readonly boostByField: number[] = []
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
    this.miniSearch = new ScoringMiniSearch({
      idField: "id",
      fields: [...this.classes.keys()],
      extractField: (entry, field) => (field === "id" ? entry.id : this.classText(entry.indexed, field)),
      tokenize: searchWords,
      // searchWords already folded every word; terms handed back in (query trees) are folded too
      processTerm: (term) => term,
    })
    for (const [label, { boost }] of this.classes) {
      this.boostByField[this.miniSearch.fieldId(label)] = boost
    }
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
    for (const word of this.wordsOf(projectIndexed(this.documents[slot] as any, this.plan).indexed)) {
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
   * relevance: BM25+ per weight class, boosted by its weight; the last word also through the words
   * it begins. Restricted to the classes of `fields` when given (as the Postgres provider restricts
   * them). Only documents holding every word are scored, found from the rarest word up.
   */
  match(words: QueryWord[], fields?: string[]): Map<number, number> {
    const scores = new Map<number, number>()
    if (!words.length) {
      return scores
    }
    const classes = fields?.length ? [...new Set(fields.map((path) => this.classOf.get(path)!))] : [...this.classes.keys()]
    const fieldIds = new Set(classes.map((label) => this.miniSearch.fieldId(label)))
    const weighted: WeightedTerm[][] = []
    for (const word of words) {
      const terms = this.weightedTerms(word, fieldIds)
      if (!terms) {
        // a last word of a letter or two begins too many words to look up one by one
        return this.matchBySearch(words, classes)
      }
      weighted.push(terms)
    }
    const size = (terms: WeightedTerm[]) => terms.reduce((n, t) => n + t.occurrences.reduce((m, o) => m + o.postings.size, 0), 0)
    const [rarest, ...others] = weighted.sort((a, b) => size(a) - size(b))
    const holds = (terms: WeightedTerm[], documentNumber: number) =>
      terms.some((t) => t.occurrences.some((o) => o.postings.has(documentNumber)))
    const seen = new Set<number>()
    for (const { occurrences } of rarest) {
      for (const { postings } of occurrences) {
        for (const documentNumber of postings.keys()) {
          if (seen.has(documentNumber)) {
            continue
          }
          seen.add(documentNumber)
          if (!others.every((terms) => holds(terms, documentNumber))) {
            continue
          }
          const id = this.miniSearch.idOf(documentNumber)
          const slot = id === undefined ? undefined : this.slotOf.get(id)
          if (slot !== undefined) {
            scores.set(slot, this.score(weighted, documentNumber))
          }
        }
      }
    }
    return scores
  }

  private score(weighted: WeightedTerm[][], documentNumber: number): number {
    let score = 0
    for (const terms of weighted) {
      for (const { weight, occurrences } of terms) {
        for (const occurrence of occurrences) {
          const frequency = occurrence.postings.get(documentNumber)
          if (frequency) {
            score += weight * this.boostByField[occurrence.field] * this.miniSearch.bm25(occurrence, documentNumber, frequency)
          }
        }
      }
    }
    return score
  }

  /**
   * The terms a query word matches with their weights: its spellings and corrections, and for the
   * last word the indexed words they begin; undefined when those are too many.
   */
  private weightedTerms(word: QueryWord, fieldIds: Set<number>): WeightedTerm[] | undefined {
    const corrections = new Set(word.corrections)
    const weights = new Map<string, number>()
    for (const typed of word.terms) {
      const base = corrections.has(typed) ? CORRECTION_BOOST : 1
      const terms = word.prefix ? this.vocabulary.withPrefix(typed, MAX_COMPLETIONS) : [typed]
      if (!terms) {
        return undefined
      }
      for (const term of terms) {
        const extra = term.length - typed.length
        const weight = extra ? (base * PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra) : base
        weights.set(term, Math.max(weights.get(term) ?? 0, weight))
      }
    }
    return [...weights]
      .map(([term, weight]) => ({ weight, occurrences: this.miniSearch.postingsOf(term, fieldIds) }))
      .filter((term) => term.occurrences.length)
  }

  /** MiniSearch's own search, for a last word too short to expand: every posting walked and scored. */
  private matchBySearch(words: QueryWord[], classes: string[]): Map<number, number> {
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
    const scores = new Map<number, number>()
    for (const result of this.miniSearch.search(query, { fields: classes, boost: this.boost, fuzzy: false })) {
      const slot = this.slotOf.get(result.id)
      if (slot !== undefined) {
        scores.set(slot, result.score)
      }
    }
    return scores
  }
}
