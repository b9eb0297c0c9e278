/**
 * How shoppers' words are matched, the same way by every search provider: folded words, the i/y
 * spelling variants of Vietnamese, and Meilisearch's typo budget (most syllables are 2–4 letters,
 * so short words get no typo there; spelling variants cover them, and `short-word-typos.ts` adds
 * our own rule for one typo in a short word backed by the catalogue).
 */
import { foldVietnamese } from "./text.js";

/** Words under 5 letters get no typo, from 5 one typo, from 9 two (Meilisearch's defaults). */
export const TYPO_TOLERANCE = { minWordSizeForOneTypo: 5, minWordSizeForTwoTypos: 9 } as const;

/**
 * Syllables written with either i or y after these initials since the 1980s spelling reforms
 * ("Kỳ Anh" / "Kì Anh", "mỳ" / "mì", "lý" / "lí"): folded, each pair is one word to a shopper.
 */
export const SPELLING_VARIANT_GROUPS: readonly (readonly string[])[] = ["k", "l", "m", "s", "t", "h", "qu"].map((initial) => [
  `${initial}y`,
  `${initial}i`,
]);

const variantsByWord = new Map<string, readonly string[]>(
  SPELLING_VARIANT_GROUPS.flatMap((group) => group.map((word) => [word, group] as const))
);

/** The folded words of a query: "Nước mắm Kỳ Anh!" → ["nuoc", "mam", "ky", "anh"]. */
export function searchWords(query: string): string[] {
  return foldVietnamese(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The word and its spelling variants: "ky" → ["ky", "ki"]; "mam" → ["mam"]. */
export function spellingVariants(word: string): readonly string[] {
  return variantsByWord.get(word) ?? [word];
}

/** How many typos a word of this length may carry (digits never: a pack size is exact). */
export function typoBudget(word: string): 0 | 1 | 2 {
  if (/\d/.test(word)) {
    return 0;
  }
  if (word.length >= TYPO_TOLERANCE.minWordSizeForTwoTypos) {
    return 2;
  }
  return word.length >= TYPO_TOLERANCE.minWordSizeForOneTypo ? 1 : 0;
}
