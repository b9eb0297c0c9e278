/**
 * Pure parts of the header search box: when to ask for suggestions, which option the arrow
 * keys move to, and which letters of a suggestion match what was typed (accent-free: "nuoc m"
 * marks "Nước m" in "Nước mắm Kỳ Anh").
 */
import { foldVietnamese } from "@ocop/domain"

/** Wait this long after the last keystroke before asking for suggestions. */
export const SUGGEST_DEBOUNCE_MS = 180

/** Ask only once the folded query has this many letters or digits. */
export const SUGGEST_MIN_CHARS = 2

export function shouldSuggest(query: string): boolean {
  return foldVietnamese(query).replace(/[^a-z0-9]/g, "").length >= SUGGEST_MIN_CHARS
}

/**
 * The option the listbox moves to: ArrowDown/ArrowUp wrap around through "no option" (-1,
 * the text field itself), Home/End are left to the text field.
 */
export function nextActiveIndex(current: number, key: "ArrowDown" | "ArrowUp", length: number): number {
  if (length <= 0) return -1
  if (key === "ArrowDown") return current >= length - 1 ? -1 : current + 1
  return current <= -1 ? length - 1 : current - 1
}

export type HighlightPart = { text: string; match: boolean }

/**
 * Split a title into parts, marking every word that starts with one of the query's words,
 * compared without accents and case. Each character of the title folds to at most one
 * character, so positions in the folded text are positions in the title.
 */
export function highlightMatches(title: string, query: string): HighlightPart[] {
  const words = foldVietnamese(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  if (words.length === 0 || !title) return [{ text: title, match: false }]

  const chars = Array.from(title.normalize("NFC"))
  const folded = chars.map((c) => {
    const f = foldVietnamese(c)
    return f.length === 1 ? f : c.toLowerCase()
  })
  const marked = new Array<boolean>(chars.length).fill(false)
  const isWordChar = (c: string) => /[a-z0-9]/.test(c)

  for (let start = 0; start < chars.length; start++) {
    if (!isWordChar(folded[start]) || (start > 0 && isWordChar(folded[start - 1]))) continue
    let best = 0
    for (const word of words) {
      if (word.length > best && folded.slice(start, start + word.length).join("") === word) best = word.length
    }
    for (let i = start; i < start + best; i++) marked[i] = true
  }

  const parts: HighlightPart[] = []
  chars.forEach((c, i) => {
    const last = parts[parts.length - 1]
    if (last && last.match === marked[i]) last.text += c
    else parts.push({ text: c, match: marked[i] })
  })
  return parts
}
