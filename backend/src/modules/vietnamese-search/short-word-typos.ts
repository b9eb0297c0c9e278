import { chooseShortWordCorrection, shortWordCorrections, type ShortWordCorrection } from "@ocop/domain"
import { withCorrection, type QueryWord } from "./expand-query"
import type { Vocabulary } from "./vocabulary"

/**
 * The one-edit corrections of the query's short words that the index could support (the rule is
 * @ocop/domain's short-word-typos); each provider then counts how many documents hold each with the
 * other words. Only asked when the literal query matches no document.
 */
export function shortWordCandidates(words: QueryWord[], vocabulary: Vocabulary): ShortWordCorrection[] {
  return shortWordCorrections(
    words.map((word) => word.terms[0]),
    vocabulary.all()
  )
}

/** The candidates grouped by the word they correct: a provider counts one position at a time. */
export function byPosition(candidates: ShortWordCorrection[]): ShortWordCorrection[][] {
  const groups = new Map<number, ShortWordCorrection[]>()
  for (const candidate of candidates) {
    groups.set(candidate.position, [...(groups.get(candidate.position) ?? []), candidate])
  }
  return [...groups.values()]
}

/**
 * For an in-process index: the query words corrected by the best-supported candidate, with what
 * `match` found for them, or undefined when no candidate co-occurs with the other words.
 */
export function correctShortWord<T extends { size: number }>(
  words: QueryWord[],
  vocabulary: Vocabulary,
  match: (words: QueryWord[]) => T
): { words: QueryWord[]; matches: T } | undefined {
  const found = new Map<ShortWordCorrection, T>()
  const scored = shortWordCandidates(words, vocabulary).map((candidate) => {
    const matches = match(withCorrection(words, candidate))
    found.set(candidate, matches)
    return { ...candidate, cooccurrences: matches.size }
  })
  const chosen = chooseShortWordCorrection(scored)
  if (!chosen) {
    return undefined
  }
  const candidate = [...found.keys()].find((c) => c.position === chosen.position && c.correction === chosen.correction)!
  return { words: withCorrection(words, chosen), matches: found.get(candidate)! }
}
