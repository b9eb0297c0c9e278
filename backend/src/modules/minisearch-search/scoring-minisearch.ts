import MiniSearch from "minisearch"

/** MiniSearch's BM25+ parameters (its defaults), so scores keep MiniSearch's scale. */
const K = 1.2
const B = 0.7
const D = 0.5

/** Where a term occurs in one field: its postings (internal document number → frequency) and weight. */
export type FieldPostings = { field: number; postings: Map<number, number>; idf: number; averageLength: number }

/**
 * MiniSearch with its postings readable (which documents hold a term, in which field, how often),
 * so a query can find the documents holding every word from the rarest word up and score only
 * those, with MiniSearch's own BM25+ over its own field lengths. MiniSearch's `search` walks every
 * posting of every term instead: a frequent syllable such as "ha" (Hà Nội, Hà Tĩnh…) costs a score
 * in thousands of documents that a rarer word then drops.
 */
export class ScoringMiniSearch<T> extends MiniSearch<T> {
  fieldId(name: string): number {
    return this._fieldIds[name]
  }

  /** A term's postings per field, restricted to `fields` (field ids) when given. */
  postingsOf(term: string, fields?: Set<number>): FieldPostings[] {
    const data = this._index.get(term)
    if (!data) {
      return []
    }
    const found: FieldPostings[] = []
    for (const [field, postings] of data) {
      if (fields && !fields.has(field)) {
        continue
      }
      const df = postings.size
      found.push({
        field,
        postings,
        idf: Math.log(1 + (this._documentCount - df + 0.5) / (df + 0.5)),
        averageLength: this._avgFieldLength[field],
      })
    }
    return found
  }

  /** BM25+ of a term's occurrence in one field of a document (MiniSearch's formula). */
  bm25(occurrence: FieldPostings, documentNumber: number, frequency: number): number {
    const length = this._fieldLength.get(documentNumber)?.[occurrence.field] ?? 0
    return occurrence.idf * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / occurrence.averageLength)))
  }

  /** The id of a live document (discarded ones stay in the postings until vacuumed). */
  idOf(documentNumber: number): string | undefined {
    return this._documentIds.get(documentNumber)
  }
}
