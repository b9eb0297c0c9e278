import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, readDocumentPath, searchValueToBoolean, searchValueToNumber, setDocumentPath } from "@medusajs/framework/utils"
import type { IndexPlan, PlannedField } from "../vietnamese-search/stock-provider"

/**
 * Small pieces of Medusa's Postgres search provider (@medusajs/search-postgres 2.21), copied
 * because the package exports only its provider: the in-memory copy must hold exactly what the
 * provider writes to its table (`indexed`) and answer facets in exactly its shape, so the store API
 * cannot tell the two providers apart. Keep them in step with the package on upgrade; the
 * search-minisearch integration spec compares both providers' answers.
 */

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

function coerce(value: unknown, planned: PlannedField): unknown {
  switch (planned.kind) {
    case "number":
      return searchValueToNumber(value, planned.is_date)
    case "boolean":
      return searchValueToBoolean(value)
    case "text":
    case "keyword":
      return typeof value === "string" ? value : String(value)
    default:
      return value
  }
}

/** A document's primary key and its `indexed` projection (coerced values, no nulls, no vectors). */
export function projectIndexed(document: Record<string, unknown>, plan: IndexPlan): { id: string; indexed: Record<string, any> } {
  const indexed: Record<string, any> = {}
  for (const planned of plan.fields.values()) {
    if (planned.kind === "vector") {
      continue
    }
    const values = readDocumentPath(document, planned.path.split(".")).filter((value) => value !== undefined && value !== null)
    const coerced = values.map((value) => coerce(value, planned)).filter((value) => value !== undefined)
    if (coerced.length) {
      setDocumentPath(indexed, planned.path, planned.is_array ? coerced : coerced[0])
    }
  }
  const primaryKey = document[plan.primary_key]
  if (primaryKey === undefined || primaryKey === null || primaryKey === "") {
    fail(`A document written to the postgres search provider is missing its primary key "${plan.primary_key}"`)
  }
  return { id: String(primaryKey), indexed }
}

const isFacetable = (field: SearchTypes.SearchFieldDefinition) => field.facetable === true || typeof field.facetable === "object"

export type FacetRequest =
  | { field: string; type: "value"; limit?: number; sort?: any; query?: string }
  | { field: string; type: "stats" }
  | { field: string; type: "range"; ranges: { key: string; from?: number; to?: number }[] }

/** The facet requests of a query, checked against the plan and with every default filled in. */
export function normalizeFacetRequests(requests: (string | SearchTypes.SearchFacetRequest)[] | undefined, plan: IndexPlan): FacetRequest[] {
  if (!requests?.length) {
    return []
  }
  return requests.map((request): FacetRequest => {
    const field = typeof request === "string" ? request : request.field
    const planned = plan.fields.get(field)
    if (!planned || !isFacetable(planned.field)) {
      fail(`Field "${field}" is not facetable on the postgres search provider`)
    }
    if (typeof request === "string") {
      return { field, type: "value" }
    }
    const asNumber = (value: unknown) => (value === undefined ? undefined : typeof value === "number" ? value : Number(value))
    if (request.type === "stats" || request.type === "range") {
      if (planned!.kind !== "number") {
        fail(`${request.type === "stats" ? "Stats" : "Range"} facets require a numeric field ("${field}")`)
      }
    }
    if (request.type === "stats") {
      return { field, type: "stats" }
    }
    if (request.type === "range") {
      return {
        field,
        type: "range",
        ranges: request.ranges.map((range: any) => ({
          key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
          from: asNumber(range.from),
          to: asNumber(range.to),
        })),
      }
    }
    const value = request as any
    return { field, type: "value", limit: value.limit, sort: value.sort, query: value.query }
  })
}

/** One facet's answer from its rows: `{ min, max, avg, sum, count }`, `{ r0, r1, … }` or `{ value, count }[]`. */
export function mapFacetResult(request: FacetRequest, rows: Record<string, any>[]): SearchTypes.SearchFacetResult {
  if (request.type === "stats") {
    const row = rows[0] ?? {}
    return {
      type: "stats",
      min: Number(row.min ?? 0),
      max: Number(row.max ?? 0),
      avg: row.avg === null || row.avg === undefined ? undefined : Number(row.avg),
      sum: row.sum === null || row.sum === undefined ? undefined : Number(row.sum),
      count: Number(row.count ?? 0),
    } as SearchTypes.SearchFacetResult
  }
  if (request.type === "range") {
    const row = rows[0] ?? {}
    return {
      type: "range",
      ranges: request.ranges.map((range, index) => ({
        key: range.key,
        from: range.from,
        to: range.to,
        count: Number(row[`r${index}`] ?? 0),
      })),
    } as SearchTypes.SearchFacetResult
  }
  return {
    type: "value",
    values: rows.map((row) => ({ value: String(row.value), count: Number(row.count ?? 0) })),
  } as SearchTypes.SearchFacetResult
}

function fieldKind(field: SearchTypes.SearchFieldDefinition): PlannedField["kind"] {
  switch (field.type) {
    case "integer":
    case "float":
    case "date":
      return "number"
    default:
      return field.type as PlannedField["kind"]
  }
}

/**
 * The plan the stock provider stores for an index definition (native engine: no vector fields), for
 * code that has a definition but no catalog row at hand (the mirror's unit spec). At run time the
 * plan comes from the provider's catalog.
 */
export function planOfDefinition(definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields" | "primary_key">): IndexPlan {
  const fields = new Map<string, PlannedField>()
  const searchable: string[] = []
  const walk = (group: Record<string, any>, prefix: string, inArray: boolean) => {
    for (const [name, field] of Object.entries(group)) {
      const path = prefix ? `${prefix}.${name}` : name
      const isArray = inArray || field.array === true
      if (field.type === "object") {
        if (field.fields) {
          walk(field.fields, path, isArray)
        }
        continue
      }
      if (field.type === "vector") {
        continue
      }
      fields.set(path, {
        path,
        kind: fieldKind(field),
        is_array: isArray,
        is_date: field.type === "date",
        dimensions: field.dimensions,
        field,
      })
      if (field.searchable === true || typeof field.searchable === "object") {
        searchable.push(path)
      }
    }
  }
  walk(definition.fields as Record<string, any>, "", false)
  return { fields, searchable, vectors: [], primary_key: definition.primary_key, schema_hash: "" }
}
