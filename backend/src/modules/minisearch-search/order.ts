import { MedusaError } from "@medusajs/framework/utils"
import type { IndexPlan } from "../vietnamese-search/stock-provider"
import type { Columns } from "./filters"

export type Ranked = { slot: number; id: string; score: number }

const byId = (a: Ranked, b: Ranked) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The order of a search's hits, as the Postgres provider orders them: the requested fields with
 * missing values last either way, or relevance then id with a query, or id alone without one.
 */
export function comparatorOf(
  order: Record<string, string> | undefined,
  plan: IndexPlan,
  columns: Columns,
  indexName: string,
  hasQuery: boolean
): (a: Ranked, b: Ranked) => number {
  const entries = Object.entries(order ?? {})
  if (!entries.length) {
    return hasQuery ? (a, b) => b.score - a.score || byId(a, b) : byId
  }
  const clauses = entries.map(([property, direction]) => {
    const sign = direction === "ASC" ? 1 : -1
    if (property === "_score") {
      return (a: Ranked, b: Ranked) => sign * (a.score - b.score)
    }
    const planned = plan.fields.get(property)
    if (!planned) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot sort search index "${indexName}" by unknown field "${property}"`)
    }
    if (planned.is_array || planned.kind === "vector") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The minisearch search provider cannot sort by "${property}"`)
    }
    const column = columns(property) as any[]
    return (a: Ranked, b: Ranked) => {
      const x = column[a.slot]
      const y = column[b.slot]
      if (x === undefined || y === undefined) {
        return x === y ? 0 : x === undefined ? 1 : -1
      }
      return x < y ? -sign : x > y ? sign : 0
    }
  })
  return (a, b) => {
    for (const clause of clauses) {
      const c = clause(a, b)
      if (c) {
        return c
      }
    }
    // equal rows keep one order in every process, so pages never repeat or skip a document
    return byId(a, b)
  }
}
