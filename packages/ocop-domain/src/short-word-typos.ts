/**
 * Typos in short Vietnamese syllables. Meilisearch's rule (no typo under 5 letters, see
 * `TYPO_TOLERANCE`) leaves almost every syllable unforgiven: "dong trung ha thoa" finds nothing.
 * Our rule corrects one short word by one edit, but only on evidence from the catalogue itself:
 * the corrected word must occur, in some listed product, together with the query's other words.
 * So an accent-free query that already matches is never rewritten, and a typo nothing supports
 * finds nothing rather than a product the shopper did not mean.
 */
import { editDistanceWithin } from "./edit-distance.js";

/** Words of 3–4 letters may carry one typo under this rule; 2-letter words never (too many neighbours). */
export const SHORT_WORD_TYPO = { minLength: 3, maxLength: 4, typos: 1 } as const;

/** Replacing the word at `position` of the query by `correction`. */
export type ShortWordCorrection = { position: number; word: string; correction: string };

/** A candidate with its statistic: how many indexed documents hold it together with the other words. */
export type ScoredShortWordCorrection = ShortWordCorrection & { cooccurrences: number };

/** Whether a query word may be corrected under this rule (3–4 letters, no digit: pack sizes are exact). */
export function isCorrectableShortWord(word: string): boolean {
  return word.length >= SHORT_WORD_TYPO.minLength && word.length <= SHORT_WORD_TYPO.maxLength && !/\d/.test(word);
}

/**
 * Every one-edit correction (an adjacent swap counts as one: "thoa" → "thao") of every short word of
 * a query, to words the index holds of at least 3 letters. A query of one word has no other words
 * to lend evidence, so it gets none.
 */
export function shortWordCorrections(words: readonly string[], vocabulary: Iterable<string>): ShortWordCorrection[] {
  const positions = words.length < 2 ? [] : words.flatMap((word, position) => (isCorrectableShortWord(word) ? [position] : []));
  if (!positions.length) {
    return [];
  }
  const found: ShortWordCorrection[] = [];
  for (const candidate of vocabulary) {
    if (candidate.length < SHORT_WORD_TYPO.minLength || candidate.length > SHORT_WORD_TYPO.maxLength + SHORT_WORD_TYPO.typos) {
      continue;
    }
    for (const position of positions) {
      const word = words[position];
      if (candidate !== word && editDistanceWithin(word, candidate, SHORT_WORD_TYPO.typos) !== null) {
        found.push({ position, word, correction: candidate });
      }
    }
  }
  return found;
}

/**
 * The correction the catalogue supports best: most documents holding it with the other words; ties
 * go to the later word (the one being typed), then alphabetically, so every provider picks the same.
 * None when no candidate co-occurs at all.
 */
export function chooseShortWordCorrection(scored: readonly ScoredShortWordCorrection[]): ShortWordCorrection | undefined {
  let best: ScoredShortWordCorrection | undefined;
  for (const candidate of scored) {
    if (candidate.cooccurrences <= 0) {
      continue;
    }
    if (
      !best ||
      candidate.cooccurrences > best.cooccurrences ||
      (candidate.cooccurrences === best.cooccurrences &&
        (candidate.position > best.position || (candidate.position === best.position && candidate.correction < best.correction)))
    ) {
      best = candidate;
    }
  }
  return best && { position: best.position, word: best.word, correction: best.correction };
}
