import { editDistanceWithin } from "@ocop/domain"

/** The folded words an index holds: what a typo can be corrected to. */
export class Vocabulary {
  private readonly words: Set<string>
  private readonly sorted: string[]

  constructor(words: Iterable<string>) {
    this.words = new Set(words)
    this.sorted = [...this.words].sort()
  }

  get size() {
    return this.words.size
  }

  /** Every word, in sorted order. */
  all(): Iterable<string> {
    return this.sorted
  }

  has(word: string): boolean {
    return this.words.has(word)
  }

  /** Whether some word starts with `prefix` (the last word of a query is still being typed). */
  hasPrefix(prefix: string): boolean {
    const low = this.firstFrom(prefix)
    return low < this.sorted.length && this.sorted[low].startsWith(prefix)
  }

  /** The words starting with `prefix`, or undefined when there are more than `limit`. */
  withPrefix(prefix: string, limit: number): string[] | undefined {
    const words: string[] = []
    for (let i = this.firstFrom(prefix); i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) {
      if (words.length === limit) {
        return undefined
      }
      words.push(this.sorted[i])
    }
    return words
  }

  /** Position of the first word not before `word` in sorted order. */
  private firstFrom(word: string): number {
    let low = 0
    let high = this.sorted.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.sorted[middle] < word) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }

  /** Words within `budget` typos of `word`, nearest first. */
  corrections(word: string, budget: number, limit = 8): string[] {
    const found: { word: string; distance: number }[] = []
    for (const candidate of this.sorted) {
      const distance = editDistanceWithin(word, candidate, budget)
      if (distance !== null && distance > 0) {
        found.push({ word: candidate, distance })
      }
    }
    return found
      .sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word))
      .slice(0, limit)
      .map((f) => f.word)
  }
}

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

type Entry = { vocabulary: Vocabulary; loadedAt: number; refreshing?: Promise<void> }

/**
 * Vocabularies per index table, read from the tsvectors with ts_stat. Writes in this process mark
 * them stale (reloaded before the next search); writes in another process (a worker) reach this one
 * within `maxAgeMs`, reloaded in the background while the previous vocabulary keeps serving.
 */
export class VocabularyCache {
  private readonly entries = new Map<string, Entry>()
  private readonly stale = new Set<string>()

  constructor(private readonly maxAgeMs = 30_000) {}

  async get(table: string, manager: Manager): Promise<Vocabulary> {
    const entry = this.entries.get(table)
    if (!entry || this.stale.has(table)) {
      return await this.load(table, manager)
    }
    if (Date.now() - entry.loadedAt > this.maxAgeMs && !entry.refreshing) {
      entry.refreshing = this.load(table, manager)
        .then(() => undefined)
        .catch(() => {
          entry.refreshing = undefined
        })
    }
    return entry.vocabulary
  }

  invalidate() {
    for (const table of this.entries.keys()) {
      this.stale.add(table)
    }
  }

  private async load(table: string, manager: Manager): Promise<Vocabulary> {
    this.stale.delete(table)
    const rows = await manager.execute(`SELECT word FROM ts_stat('SELECT search_vector FROM "${table}"')`)
    const vocabulary = new Vocabulary(rows.map((r) => r.word as string))
    this.entries.set(table, { vocabulary, loadedAt: Date.now() })
    return vocabulary
  }
}
