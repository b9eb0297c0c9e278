import { MedusaError } from "@medusajs/framework/utils"
import type { IndexPlan, PlannedField } from "../vietnamese-search/stock-provider"

/** Whether the document in a slot passes. */
export type Predicate = (slot: number) => boolean
/** A field's values by slot. */
export type Columns = (path: string) => unknown[]

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** A filter value as the field stores it (the Postgres provider's casts, so both answer alike). */
function cast(planned: PlannedField, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) {
    return null
  }
  switch (planned.kind) {
    case "number": {
      const number =
        value instanceof Date ? value.getTime() : planned.is_date && typeof value === "string" ? Date.parse(value) : Number(value)
      if (Number.isNaN(number)) {
        fail(`Cannot cast filter value for "${planned.path}" to a number`)
      }
      return number
    }
    case "boolean":
      return typeof value === "boolean" ? value : value === "true" ? true : value === "false" ? false : Boolean(value)
    default:
      return typeof value === "string" ? value : String(value)
  }
}

/** Equal to one of the values (on array fields: holding one of them); null means absent. */
function anyOf(planned: PlannedField, raw: unknown[], column: unknown[]): Predicate {
  if (!raw.length) {
    return () => false
  }
  const values = raw.map((value) => cast(planned, value))
  const orAbsent = values.includes(null)
  const wanted = values.filter((value) => value !== null)
  if (!planned.is_array && wanted.length === 1 && !orAbsent) {
    const [only] = wanted
    return (slot) => column[slot] === only
  }
  const wantedSet = new Set<unknown>(wanted)
  return (slot) => {
    const value = column[slot]
    if (value === undefined) {
      return orAbsent
    }
    if (Array.isArray(value)) {
      for (const v of value) {
        if (wantedSet.has(v)) {
          return true
        }
      }
      return false
    }
    return wantedSet.has(value)
  }
}

function compare(planned: PlannedField, operator: string, raw: unknown, column: unknown[]): Predicate {
  if (planned.is_array) {
    fail(`Operator "${operator}" is not supported on array field "${planned.path}"`)
  }
  const bound = cast(planned, raw) as any
  if (bound === null) {
    return () => false // compared with SQL NULL: never true
  }
  // a missing value is SQL NULL too: undefined compares false either way
  switch (operator) {
    case "$gt":
      return (slot) => (column[slot] as any) > bound
    case "$gte":
      return (slot) => (column[slot] as any) >= bound
    case "$lt":
      return (slot) => (column[slot] as any) < bound
    default:
      return (slot) => (column[slot] as any) <= bound
  }
}

/** SQL LIKE as a regular expression: % any run, _ one character. */
function likeExpression(pattern: string): RegExp {
  const body = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/%/g, ".*")
    .replace(/_/g, ".")
  return new RegExp(`^${body}$`, "s")
}

const not =
  (predicate: Predicate): Predicate =>
  (slot) =>
    !predicate(slot)

function fieldPredicate(path: string, raw: unknown, plan: IndexPlan, columns: Columns): Predicate {
  const planned = plan.fields.get(path)
  if (!planned) {
    fail(`Unknown filter field "${path}" on the minisearch search provider`)
  }
  const column = columns(path)
  // a bare value or a list: equality, or membership on array fields
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return anyOf(planned, Array.isArray(raw) ? raw : [raw], column)
  }
  const operators = Object.entries(raw as Record<string, unknown>).filter(([key]) => key.startsWith("$"))
  if (!operators.length) {
    fail(`Empty operator map on filter field "${path}"`)
  }
  const list = (value: unknown) => (Array.isArray(value) ? value : [value])
  const parts = operators.map(([operator, value]): Predicate => {
    switch (operator) {
      case "$eq":
        return anyOf(planned, [value], column)
      case "$ne":
        return value === null || value === undefined ? (slot) => column[slot] !== undefined : not(anyOf(planned, [value], column))
      case "$in":
        return anyOf(planned, list(value), column)
      case "$nin":
        return not(anyOf(planned, list(value), column))
      case "$gt":
      case "$gte":
      case "$lt":
      case "$lte":
        return compare(planned, operator, value, column)
      case "$exists":
        return value ? (slot) => column[slot] !== undefined : (slot) => column[slot] === undefined
      case "$contains":
      case "$overlaps": {
        if (!planned.is_array) {
          fail(`Operator ${operator} on "${path}" needs an array field`)
        }
        const tests = list(value).map((v) => anyOf(planned, [v], column))
        return operator === "$contains" ? (slot) => tests.every((test) => test(slot)) : (slot) => tests.some((test) => test(slot))
      }
      case "$prefix":
      case "$like": {
        if (planned.is_array) {
          fail(`Operator "${operator}" is not supported on array field "${path}"`)
        }
        const expression = likeExpression(operator === "$prefix" ? `${String(value)}%` : String(value))
        return (slot) => column[slot] !== undefined && expression.test(String(column[slot]))
      }
      default:
        fail(`The minisearch search provider does not support operator "${operator}" on "${path}"`)
    }
  })
  return all(parts)
}

function all(parts: Predicate[]): Predicate {
  if (parts.length === 1) {
    return parts[0]
  }
  if (parts.length === 2) {
    const [a, b] = parts
    return (slot) => a(slot) && b(slot)
  }
  return (slot) => parts.every((part) => part(slot))
}

/**
 * The Search Module's filter tree as a predicate over slots, with the Postgres provider's semantics
 * (shorthand lists, $and/$or/$not, absence for null), so the fallback and the in-memory index
 * return the same documents. Undefined when nothing filters.
 */
export function compileFilters(filters: Record<string, unknown> | undefined, plan: IndexPlan, columns: Columns): Predicate | undefined {
  if (!filters) {
    return undefined
  }
  const compile = (branch: Record<string, unknown>): Predicate | undefined => {
    const parts: Predicate[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q") {
        continue
      }
      if (key === "$and" || key === "$or") {
        const nested = ((value ?? []) as Record<string, unknown>[]).map(compile).filter((p): p is Predicate => !!p)
        if (nested.length) {
          parts.push(key === "$and" ? all(nested) : (slot) => nested.some((p) => p(slot)))
        }
        continue
      }
      if (key === "$not") {
        const nested = compile(value as Record<string, unknown>)
        if (nested) {
          parts.push(not(nested))
        }
        continue
      }
      parts.push(fieldPredicate(key, value, plan, columns))
    }
    return parts.length ? all(parts) : undefined
  }
  return compile(filters)
}
