import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { weightLabel } from "@medusajs/search-postgres/dist/utils"
import { expandQuery } from "./expand-query"
import { VocabularyCache } from "./vocabulary"

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
    if (q) {
      const catalog = await this.retrieve(input.index.physical_name)
      const vocabulary = await this.vocabularies_.get(catalog.table_name, this.manager_)
      const typoTolerance = input.index.settings.typo_tolerance?.enabled ?? true
      input[EXPANDED_QUERY] = expandQuery(q, vocabulary, typoTolerance, this.weightsOf(input, catalog.plan))
    }
    const result = await super.search(input)
    return { ...result, provider_metadata: { ...result.provider_metadata, engine: POSTGRES_ENGINE } }
  }

  /**
   * Searching only some fields, as weight classes on the indexed vector ("" = all fields): the
   * stock provider rebuilds a tsvector per row for that, which no index can serve.
   */
  private weightsOf(input: ProviderQuery, plan: any): string {
    const paths = input.search_options?.attributes_to_search_on
    if (!paths?.length) {
      return ""
    }
    const labels = new Set(paths.map((path) => weightLabel(plan.fields.get(path)?.field.searchable)))
    return [...labels].sort().join("")
  }

  protected keywordFragments(input: Parameters<PostgresSearchService["keywordFragments"]>[0]) {
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

  async upsertDocuments(input: Parameters<PostgresSearchService["upsertDocuments"]>[0]) {
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
