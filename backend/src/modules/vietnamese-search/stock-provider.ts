import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService } from "@medusajs/framework/utils"
import postgresSearchProvider from "@medusajs/search-postgres"

/**
 * Medusa's Postgres search provider as our providers build on it, reached only through the
 * package's public entry (its ModuleProvider exports) instead of `@medusajs/search-postgres/dist/…`.
 * The types below spell out what we rely on beyond the Search Module's public provider contract
 * (`AbstractSearchProviderService`): the catalog row of an index with its plan, the database
 * manager, the text search configuration and the keyword fragments the Vietnamese provider replaces.
 * They mirror @medusajs/search-postgres 2.21; the search-postgres and search-minisearch integration
 * specs fail when an upgrade changes them.
 */

/** A field as the stock provider plans it (the `plan` of its catalog row). */
export type PlannedField = {
  path: string
  kind: "text" | "keyword" | "number" | "boolean" | "geo" | "vector"
  is_array: boolean
  is_date: boolean
  dimensions?: number
  field: SearchTypes.SearchFieldDefinition
}

export type IndexPlan = {
  fields: Map<string, PlannedField>
  searchable: string[]
  vectors: string[]
  primary_key: string
  schema_hash: string
}

/** The stock provider's catalog row of one physical index: its document table and plan. */
export type StoredIndex = { name: string; table_name: string; plan: IndexPlan; document_count: number }

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type KeywordQuery = { query: SearchTypes.ProviderSearchQuery; catalog: StoredIndex }

export type KeywordFragments = {
  q?: string
  needsBm25Limit: boolean
  rankSql: (params: unknown[]) => string
  matchSql?: (params: unknown[]) => string
}

declare abstract class StockPostgresSearchService extends AbstractSearchProviderService {
  protected readonly manager_: Manager
  protected readonly logger_?: Logger
  protected get tsConfig_(): string
  constructor(dependencies: any, options?: Record<string, unknown>)
  protected retrieve(index: string): Promise<StoredIndex>
  protected keywordFragments(input: KeywordQuery): KeywordFragments
}

export const PostgresSearchService = postgresSearchProvider.services[0] as unknown as typeof StockPostgresSearchService

/**
 * The `setweight` label the stock provider gives a searchable field in the indexed vector (copied:
 * the package does not export it). Higher weights land in denser buckets: A title, B, C, D the rest.
 */
export function weightLabel(searchable: SearchTypes.SearchFieldDefinition["searchable"]): "A" | "B" | "C" | "D" {
  const weight = typeof searchable === "object" && searchable.weight !== undefined ? searchable.weight : 1
  if (weight >= 3) {
    return "A"
  }
  if (weight >= 2) {
    return "B"
  }
  if (weight > 1) {
    return "C"
  }
  return "D"
}
