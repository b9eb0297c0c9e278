import { searchWords, spellingVariants, typoBudget, type ShortWordCorrection } from "@ocop/domain"
import type { Vocabulary } from "./vocabulary"

/** One word of a query and what may stand for it in a document. */
export type QueryWord = {
  /** The folded word, its i/y spelling variants and typo corrections, the word first. */
  terms: string[]
  /** Typo corrections among `terms` (ranked below exact words by engines that can). */
  corrections: string[]
  /** The last word matches as a prefix: it may still be being typed. */
  prefix: boolean
}

/**
 * A shopper's query as words every document must match: each word may match its i/y spelling
 * variant, and — when the index does not know it — the known words within its typo budget; the last
 * word also matches as a prefix. Shared by every provider that corrects typos against a vocabulary,
 * so Postgres and the in-memory index answer the same words.
 */
export function queryWords(query: string, vocabulary: Vocabulary, typoTolerance: boolean): QueryWord[] {
  const words = searchWords(query)
  return words.map((word, position) => {
    const prefix = position === words.length - 1
    const terms = new Set(spellingVariants(word))
    const known = vocabulary.has(word) || (prefix && vocabulary.hasPrefix(word))
    const budget = typoBudget(word)
    const corrections = typoTolerance && budget > 0 && !known ? vocabulary.corrections(word, budget) : []
    corrections.forEach((c) => terms.add(c))
    return { terms: [...terms], corrections, prefix }
  })
}

/**
 * The query words with one short word replaced by its correction (see @ocop/domain's
 * short-word-typos): the correction is a whole indexed word, so it no longer matches as a prefix.
 */
export function withCorrection(words: QueryWord[], { position, correction }: ShortWordCorrection): QueryWord[] {
  const terms = [...spellingVariants(correction)]
  return words.map((word, i) => (i === position ? { terms, corrections: terms, prefix: false } : word))
}

/**
 * Query words as a tsquery: "nuoc mam ky an" → "(nuoc) & (mam) & (ky | ki) & (an:*)"; empty when no
 * word is left. With `weights` ("A", "AB"…) every term only matches in fields of those weight classes.
 */
export function toTsQuery(words: QueryWord[], weights = ""): string {
  return words
    .map(({ terms, prefix }) => {
      // "word:AB" matches only in fields of those weights; "word:*AB" is the prefix form
      const tsTerms = terms.map((term) => (prefix ? `${term}:*${weights}` : weights ? `${term}:${weights}` : term))
      return `(${tsTerms.join(" | ")})`
    })
    .join(" & ")
}

/** A shopper's query as a tsquery over folded words (see `queryWords` and `toTsQuery`). */
export function expandQuery(query: string, vocabulary: Vocabulary, typoTolerance: boolean, weights = ""): string {
  return toTsQuery(queryWords(query, vocabulary, typoTolerance), weights)
}
