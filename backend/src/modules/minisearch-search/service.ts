import type { SearchTypes } from "@medusajs/framework/types"
import { extractPrimaryKeyFilter } from "@medusajs/framework/utils"
import { VietnameseSearchService } from "../vietnamese-search/service"
import type { IndexPlan } from "../vietnamese-search/stock-provider"
import { EVERY_DOCUMENT, logChanges } from "./change-log"
import { MirrorSet } from "./mirror-set"
import { runQuery, servesInMemory, type MatchCache } from "./run-query"
import { projectIndexed } from "./stock-projections"

/**
 * The Vietnamese search provider answered from memory: documents stay in the Vietnamese Postgres
 * provider's tables (durable, shared by every process, the fallback), and each process searching
 * them keeps a MiniSearch copy, so a query with facets and an exact count costs milliseconds instead
 * of one SQL statement per facet over the matching rows. Until the copy is loaded, and for what it
 * does not implement (vectors, distinct, min_score), Postgres answers.
 */
export class MiniSearchSearchService extends VietnameseSearchService {
  static identifier = "search-minisearch"

  private readonly plans_ = new Map<string, IndexPlan>()
  private readonly mirrors_: MirrorSet

  constructor(dependencies: any, options: Record<string, unknown> = {}) {
    super(dependencies, options)
    this.mirrors_ = new MirrorSet(this.manager_, dependencies.logger, (physicalName) => this.retrieve(physicalName))
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** One batch shares its text matches: disjunctive facets repeat the shopper's words once per facet. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const cache: MatchCache = new Map()
    return await Promise.all(
      inputs.map(async (input) => {
        const mirror = servesInMemory(input) ? this.mirrors_.ready(input.index.physical_name, input.index.name) : undefined
        return mirror ? runQuery(input, mirror, cache) : await super.search(input)
      })
    )
  }

  async upsertDocuments(input: Parameters<VietnameseSearchService["upsertDocuments"]>[0]) {
    const task = await super.upsertDocuments(input)
    const plan = await this.planOf(input.index)
    const rows = input.documents.map((document) => {
      const { id, indexed } = projectIndexed(document, plan)
      // as the table gives it back to every other process (dates as text): one document everywhere
      return { id, document: JSON.parse(JSON.stringify(document)), indexed }
    })
    this.mirrors_.applyUpserts(input.index, rows)
    await this.logChanges(
      input.index,
      rows.map((row) => row.id)
    )
    return task
  }

  async deleteDocuments(input: SearchTypes.SearchDeleteDocumentsInput) {
    const task = await super.deleteDocuments(input)
    const ids = extractPrimaryKeyFilter(input.filters, await this.planOf(input.index))
    if (ids) {
      this.mirrors_.applyDeletes(input.index, ids)
      await this.logChanges(input.index, ids)
    } else {
      // deleted by some other filter: which documents went is only known to the table
      await this.everythingChanged(input.index)
    }
    return task
  }

  async clearIndex(input: Parameters<VietnameseSearchService["clearIndex"]>[0]) {
    const task = await super.clearIndex(input)
    await this.everythingChanged(input.index)
    return task
  }

  async upsertIndex(input: Parameters<VietnameseSearchService["upsertIndex"]>[0]) {
    const task = await super.upsertIndex(input)
    this.plans_.delete(input.index.physical_name)
    await this.everythingChanged(input.index.physical_name)
    return task
  }

  async deleteIndex(input: Parameters<VietnameseSearchService["deleteIndex"]>[0]) {
    const task = await super.deleteIndex(input)
    this.plans_.delete(input.index)
    this.mirrors_.forget(input.index)
    return task
  }

  private async everythingChanged(physicalName: string) {
    this.mirrors_.forget(physicalName)
    await this.logChanges(physicalName, [EVERY_DOCUMENT])
  }

  /**
   * Tells the other processes. The durable write has happened and this process's copy has it, so a
   * log that cannot be written (its migration not run yet) is a warning, not a failed write.
   */
  private async logChanges(physicalName: string, ids: string[]) {
    try {
      await logChanges(this.manager_, physicalName, ids)
    } catch (error) {
      this.logger_?.warn(
        `[search] other processes will not see this change to ${physicalName} until they reload (run db:migrate?): ${(error as Error).message}`
      )
    }
  }

  /** An index version's plan never changes without upsertIndex, so it is read once per process. */
  private async planOf(physicalName: string): Promise<IndexPlan> {
    let plan = this.plans_.get(physicalName)
    if (!plan) {
      plan = (await this.retrieve(physicalName)).plan
      this.plans_.set(physicalName, plan)
    }
    return plan
  }
}
