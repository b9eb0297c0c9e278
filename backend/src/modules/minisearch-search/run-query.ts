import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, projectDocument } from "@medusajs/framework/utils"
import { queryWords } from "../vietnamese-search/expand-query"
import { correctShortWord } from "../vietnamese-search/short-word-typos"
import { computeFacets } from "./facets"
import { compileFilters } from "./filters"
import type { IndexMirror } from "./mirror"
import { comparatorOf, type Ranked } from "./order"

export const MINISEARCH_ENGINE = "minisearch"

/** Text matches shared by the queries of one batch: disjunctive facets repeat the same words per facet. */
export type MatchCache = Map<string, Map<number, number>>

/**
 * Whether the mirror answers this query the way the Postgres provider would; what it does not
 * implement (vectors, distinct, min_score on BM25's other scale) goes to Postgres instead.
 */
export function servesInMemory(input: SearchTypes.ProviderSearchQuery): boolean {
  const options = input.search_options ?? {}
  return !options.vector && !options.distinct && !input.index.settings.distinct_attribute && options.min_score === undefined
}

function textMatches(input: SearchTypes.ProviderSearchQuery, mirror: IndexMirror, q: string, cache: MatchCache) {
  const fields = input.search_options?.attributes_to_search_on
  for (const path of fields ?? []) {
    if (!mirror.plan.searchable.includes(path)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Field "${path}" is not searchable on search index "${input.index.name}"`)
    }
  }
  // like the Vietnamese Postgres provider: the index's setting decides typos, every word must match
  const typoTolerance = input.index.settings.typo_tolerance?.enabled ?? true
  const key = JSON.stringify([q, fields ?? null, typoTolerance])
  let scores = cache.get(key)
  if (!scores) {
    const words = queryWords(q, mirror.vocabulary, typoTolerance)
    const searched = fields?.length ? fields : undefined
    scores = mirror.match(words, searched)
    // a typo in a short syllable, corrected only when the literal words match no document at all
    if (!scores.size && typoTolerance) {
      scores = correctShortWord(words, mirror.vocabulary, (corrected) => mirror.match(corrected, searched))?.matches ?? scores
    }
    cache.set(key, scores)
  }
  return scores
}

/** One search against the in-memory mirror: match, filter, count, facet, sort, page. */
export function runQuery(input: SearchTypes.ProviderSearchQuery, mirror: IndexMirror, cache: MatchCache): SearchTypes.SearchResult {
  const started = Date.now()
  const options = input.search_options ?? {}
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  const q = input.q?.trim()
  const columns = (path: string) => mirror.column(path)
  const predicate = compileFilters(input.filters as Record<string, unknown> | undefined, mirror.plan, columns)
  const order = input.pagination?.order as Record<string, string> | undefined
  const compare = comparatorOf(order, mirror.plan, columns, input.index.name, !!q)

  const matches: Ranked[] = []
  const ids = mirror.ids
  if (q) {
    for (const [slot, score] of textMatches(input, mirror, q, cache)) {
      if (!predicate || predicate(slot)) {
        matches.push({ slot, id: ids[slot]!, score })
      }
    }
  } else {
    for (let slot = 0; slot < ids.length; slot++) {
      const id = ids[slot]
      if (id !== undefined && (!predicate || predicate(slot))) {
        matches.push({ slot, id, score: 0 })
      }
    }
  }

  const facets = options.facets?.length
    ? computeFacets(
        options.facets,
        mirror.plan,
        columns,
        matches.map((m) => m.slot)
      )
    : undefined
  const page = take === 0 ? [] : topOf(matches, compare, skip + take).slice(skip, skip + take)
  return {
    hits: page.map(({ id, slot, score }) => ({
      id,
      score: options.include_score ? score : undefined,
      document: projectDocument(mirror.document(slot), input.attributes_to_retrieve),
    })),
    facets,
    metadata: {
      skip,
      take,
      count: options.count === "none" ? null : matches.length,
      query: input.q,
      processing_time_ms: Date.now() - started,
    },
    provider_metadata: { engine: MINISEARCH_ENGINE },
  }
}

/**
 * The first `n` in order. A full sort of 20,000 matches costs ~10 ms; a page near the front only
 * needs its own rows, kept sorted while one pass drops everything that cannot reach them.
 */
function topOf(items: Ranked[], compare: (a: Ranked, b: Ranked) => number, n: number): Ranked[] {
  if (n >= items.length / 4) {
    return items.sort(compare)
  }
  const top: Ranked[] = []
  for (const item of items) {
    if (top.length === n && compare(item, top[n - 1]) >= 0) {
      continue
    }
    let low = 0
    let high = top.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (compare(top[middle], item) <= 0) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    top.splice(low, 0, item)
    if (top.length > n) {
      top.pop()
    }
  }
  return top
}
