import type { SearchTypes } from "@medusajs/framework/types"
import { chooseShortWordCorrection, type ShortWordCorrection } from "@ocop/domain"
import { queryWords, toTsQuery, withCorrection, type QueryWord } from "./expand-query"
import { byPosition, shortWordCandidates } from "./short-word-typos"
import { PostgresSearchService, weightLabel, type IndexPlan, type KeywordQuery } from "./stock-provider"
import { VocabularyCache, type Vocabulary } from "./vocabulary"

/** The text search configuration this provider's migration creates: `simple` words through `unaccent`. */
export const VIETNAMESE_LANGUAGE = "vietnamese"

const EXPANDED_QUERY = Symbol.for("ocop.search.expanded-query")

/** What answered a search, in its provider_metadata (the store API passes it on as X-Search-Engine). */
export const POSTGRES_ENGINE = "postgres"

type ProviderQuery = SearchTypes.ProviderSearchQuery & { [EXPANDED_QUERY]?: string }

/**
 * Medusa's Postgres search provider with Vietnamese text and a typo path that uses the GIN index.
 * The stock typo path compares the whole text with word_similarity on every row (a sequential scan,
 * ~1.5 s at 20,000 products, and it misses swapped letters); here typos are corrected against the
 * index's own vocabulary first, so the query stays one indexed full-text match.
 */
export class VietnameseSearchService extends PostgresSearchService {
  static identifier = "search-vietnamese"

  private readonly vocabularies_ = new VocabularyCache()

  constructor(dependencies: any, options: Record<string, unknown> = {}) {
    super(dependencies, { ...options, language: VIETNAMESE_LANGUAGE, engine: "native" })
  }

  async search(input: ProviderQuery): Promise<SearchTypes.SearchResult> {
    const q = input.q?.trim()
    if (!q) {
      return this.answer(await super.search(input))
    }
    const catalog = await this.retrieve(input.index.physical_name)
    const vocabulary = await this.vocabularies_.get(catalog.table_name, this.manager_)
    const typoTolerance = input.index.settings.typo_tolerance?.enabled ?? true
    const weights = this.weightsOf(input, catalog.plan)
    const words = queryWords(q, vocabulary, typoTolerance)
    input[EXPANDED_QUERY] = toTsQuery(words, weights)
    const result = await super.search(input)
    if (!words.length || !typoTolerance || !(await this.matchesNothing(result, input, catalog.table_name))) {
      return this.answer(result)
    }
    // a typo in a short syllable: corrected only when the literal words match no document at all
    const corrected = await this.correctShortWord(words, vocabulary, catalog.table_name, weights)
    if (!corrected) {
      return this.answer(result)
    }
    input[EXPANDED_QUERY] = toTsQuery(corrected, weights)
    return this.answer(await super.search(input))
  }

  private answer(result: SearchTypes.SearchResult): SearchTypes.SearchResult {
    return { ...result, provider_metadata: { ...result.provider_metadata, engine: POSTGRES_ENGINE } }
  }

  /** Whether the literal words match no document in the index, whatever the filters keep. */
  private async matchesNothing(result: SearchTypes.SearchResult, input: ProviderQuery, table: string): Promise<boolean> {
    if (result.hits.length && (input.pagination?.skip ?? 0) === 0) {
      return false
    }
    const rows = await this.manager_.execute(
      `SELECT 1 FROM "${table}" WHERE "search_vector" @@ to_tsquery('${this.tsConfig_}', ?) LIMIT 1`,
      [input[EXPANDED_QUERY]]
    )
    return rows.length === 0
  }

  /**
   * The query words with the short-word correction the index supports best: per corrected word one
   * statement counts, among the documents holding the other words, those holding each candidate.
   */
  private async correctShortWord(words: QueryWord[], vocabulary: Vocabulary, table: string, weights: string) {
    const scored: (ShortWordCorrection & { cooccurrences: number })[] = []
    for (const group of byPosition(shortWordCandidates(words, vocabulary))) {
      const { position } = group[0]
      const anyTerms = [...new Set(group.flatMap((candidate) => withCorrection(words, candidate)[position].terms))]
      const anyCandidate = words.map((word, i) => (i === position ? { terms: anyTerms, corrections: anyTerms, prefix: false } : word))
      const tsquery = `to_tsquery('${this.tsConfig_}', ?)`
      const counts = group.map((_, i) => `count(*) FILTER (WHERE "search_vector" @@ ${tsquery}) AS "${i}"`)
      const [row] = await this.manager_.execute(`SELECT ${counts.join(", ")} FROM "${table}" WHERE "search_vector" @@ ${tsquery}`, [
        ...group.map((candidate) => toTsQuery(withCorrection(words, candidate), weights)),
        toTsQuery(anyCandidate, weights),
      ])
      group.forEach((candidate, i) => scored.push({ ...candidate, cooccurrences: Number(row?.[String(i)] ?? 0) }))
    }
    const chosen = chooseShortWordCorrection(scored)
    return chosen && withCorrection(words, chosen)
  }

  /**
   * Searching only some fields, as weight classes on the indexed vector ("" = all fields): the
   * stock provider rebuilds a tsvector per row for that, which no index can serve.
   */
  private weightsOf(input: ProviderQuery, plan: IndexPlan): string {
    const paths = input.search_options?.attributes_to_search_on
    if (!paths?.length) {
      return ""
    }
    const labels = new Set(paths.map((path) => weightLabel(plan.fields.get(path)?.field.searchable)))
    return [...labels].sort().join("")
  }

  protected keywordFragments(input: KeywordQuery) {
    const base = super.keywordFragments(input)
    const expanded = (input.query as ProviderQuery)[EXPANDED_QUERY]
    if (!base.q || expanded === undefined) {
      return base
    }
    // field restrictions are weight labels inside the expanded query, so the indexed vector serves all
    const vector = `"search_vector"`
    const tsquery = (params: unknown[]) => {
      params.push(expanded)
      return `to_tsquery('${this.tsConfig_}', ?)`
    }
    return {
      q: base.q,
      needsBm25Limit: false,
      rankSql: (params: unknown[]) => (expanded ? `ts_rank_cd(${vector}, ${tsquery(params)})` : `0::float4`),
      matchSql: (params: unknown[]) => (expanded ? `${vector} @@ ${tsquery(params)}` : `false`),
    }
  }

  async upsertDocuments(input: Parameters<InstanceType<typeof PostgresSearchService>["upsertDocuments"]>[0]) {
    const task = await super.upsertDocuments(input)
    this.vocabularies_.invalidate()
    return task
  }

  async deleteDocuments(input: SearchTypes.SearchDeleteDocumentsInput) {
    const task = await super.deleteDocuments(input)
    this.vocabularies_.invalidate()
    return task
  }
}
