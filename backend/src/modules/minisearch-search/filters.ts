import { MedusaError } from "@medusajs/framework/utils"
import type { IndexPlan, PlannedField } from "@medusajs/search-postgres/dist/utils"

/** The `indexed` projection of a document (what the Postgres provider filters on): coerced values, no nulls. */
export type Indexed = Record<string, any>
export type Predicate = (indexed: Indexed) => boolean

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

function read(indexed: Indexed, path: string): unknown {
  let value: any = indexed
  for (const segment of path.split(".")) {
    if (value == null) {
      return undefined
    }
    value = value[segment]
  }
  return value ?? undefined
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

const stored = (indexed: Indexed, planned: PlannedField): unknown[] => {
  const value = read(indexed, planned.path)
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function equals(planned: PlannedField, raw: unknown): Predicate {
  const value = cast(planned, raw)
  if (value === null) {
    // the projection never stores nulls: equality with null means absence
    return (indexed) => read(indexed, planned.path) === undefined
  }
  return (indexed) => stored(indexed, planned).includes(value)
}

function anyOf(planned: PlannedField, values: unknown[]): Predicate {
  if (!values.length) {
    return () => false
  }
  const tests = values.map((value) => equals(planned, value))
  return (indexed) => tests.some((test) => test(indexed))
}

function compare(planned: PlannedField, operator: string, raw: unknown): Predicate {
  if (planned.is_array) {
    fail(`Operator "${operator}" is not supported on array field "${planned.path}"`)
  }
  const bound = cast(planned, raw) as any
  const holds: (v: any) => boolean = {
    $gt: (v: any) => v > bound,
    $gte: (v: any) => v >= bound,
    $lt: (v: any) => v < bound,
    $lte: (v: any) => v <= bound,
  }[operator]!
  // a missing value compares as SQL NULL: never true
  return (indexed) => {
    const value = read(indexed, planned.path)
    return value !== undefined && bound !== null && holds(value)
  }
}

/** SQL LIKE as a regular expression: % any run, _ one character. */
function likeExpression(pattern: string): RegExp {
  const body = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/%/g, ".*").replace(/_/g, ".")
  return new RegExp(`^${body}$`, "s")
}

function fieldPredicate(path: string, raw: unknown, plan: IndexPlan): Predicate {
  const planned = plan.fields.get(path)
  if (!planned) {
    fail(`Unknown filter field "${path}" on the minisearch search provider`)
  }
  // a bare value or a list: equality, or membership on array fields
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return anyOf(planned, Array.isArray(raw) ? raw : [raw])
  }
  const operators = Object.entries(raw as Record<string, unknown>).filter(([key]) => key.startsWith("$"))
  if (!operators.length) {
    fail(`Empty operator map on filter field "${path}"`)
  }
  const list = (value: unknown) => (Array.isArray(value) ? value : [value])
  const parts = operators.map(([operator, value]): Predicate => {
    switch (operator) {
      case "$eq":
        return equals(planned, value)
      case "$ne": {
        if (value === null || value === undefined) {
          return (indexed) => read(indexed, path) !== undefined
        }
        const test = equals(planned, value)
        return (indexed) => !test(indexed)
      }
      case "$in":
        return anyOf(planned, list(value))
      case "$nin": {
        const test = anyOf(planned, list(value))
        return (indexed) => !test(indexed)
      }
      case "$gt":
      case "$gte":
      case "$lt":
      case "$lte":
        return compare(planned, operator, value)
      case "$exists":
        return value ? (indexed) => read(indexed, path) !== undefined : (indexed) => read(indexed, path) === undefined
      case "$contains":
      case "$overlaps": {
        if (!planned.is_array) {
          fail(`Operator ${operator} on "${path}" needs an array field`)
        }
        const tests = list(value).map((v) => equals(planned, v))
        return operator === "$contains"
          ? (indexed) => tests.every((test) => test(indexed))
          : (indexed) => tests.some((test) => test(indexed))
      }
      case "$prefix":
      case "$like": {
        if (planned.is_array) {
          fail(`Operator "${operator}" is not supported on array field "${path}"`)
        }
        const expression = likeExpression(operator === "$prefix" ? `${String(value)}%` : String(value))
        return (indexed) => {
          const v = read(indexed, path)
          return v !== undefined && expression.test(String(v))
        }
      }
      default:
        fail(`The minisearch search provider does not support operator "${operator}" on "${path}"`)
    }
  })
  return parts.length === 1 ? parts[0] : (indexed) => parts.every((part) => part(indexed))
}

/**
 * The Search Module's filter tree as a predicate over a document's projection, with the Postgres
 * provider's semantics (shorthand lists, $and/$or/$not, absence for null), so the fallback and the
 * in-memory index return the same documents. Undefined when nothing filters.
 */
export function compileFilters(filters: Record<string, unknown> | undefined, plan: IndexPlan): Predicate | undefined {
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
          parts.push(
            key === "$and" ? (i) => nested.every((p) => p(i)) : (i) => nested.some((p) => p(i))
          )
        }
        continue
      }
      if (key === "$not") {
        const nested = compile(value as Record<string, unknown>)
        if (nested) {
          parts.push((i) => !nested(i))
        }
        continue
      }
      parts.push(fieldPredicate(key, value, plan))
    }
    if (!parts.length) {
      return undefined
    }
    return parts.length === 1 ? parts[0] : (i) => parts.every((p) => p(i))
  }
  return compile(filters)
}
