import { searchWords, spellingVariants, typoBudget } from "@ocop/domain"
import type { Vocabulary } from "./vocabulary"

/**
 * A shopper's query as a tsquery over folded words: every word must match; each word may match its
 * i/y spelling variant, and — when the index does not know it — the known words within its typo
 * budget; the last word also matches as a prefix (it may still be being typed).
 * "nuoc mam ky an" → "(nuoc) & (mam) & (ky | ki) & (an:*)"; empty when no word is left. With
 * `weights` ("A", "AB"…) every term only matches in fields of those weight classes.
 */
export function expandQuery(query: string, vocabulary: Vocabulary, typoTolerance: boolean, weights = ""): string {
  const words = searchWords(query)
  return words
    .map((word, position) => {
      const isLast = position === words.length - 1
      const alternatives = new Set(spellingVariants(word))
      const known = vocabulary.has(word) || (isLast && vocabulary.hasPrefix(word))
      const budget = typoBudget(word)
      if (typoTolerance && budget > 0 && !known) {
        vocabulary.corrections(word, budget).forEach((c) => alternatives.add(c))
      }
      // "word:AB" matches only in fields of those weights; "word:*AB" is the prefix form
      const terms = [...alternatives].map((term) => (isLast ? `${term}:*${weights}` : weights ? `${term}:${weights}` : term))
      return `(${terms.join(" | ")})`
    })
    .join(" & ")
}
