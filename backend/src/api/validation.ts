import {
  prepareListQuery,
  prepareRetrieveQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { QueryConfig } from "@medusajs/framework/types"
import type { z } from "@medusajs/framework/zod"

/**
 * The one validator of every OCOP route (and of the checks we add to Medusa's own store and admin
 * routes). Medusa's `validateAndTransformBody/Query` would rewrite several zod messages in English
 * ("Value for field 'x' too small…"); here the schema's own Vietnamese message reaches the person
 * unchanged, and an issue the schema leaves without a message gets a bilingual one naming the field.
 *
 * Every refusal is the same 400: `{ type: "invalid_data", code: "ocop.validation", message, issues }`,
 * `message` being the first three issues joined by "; " (the storefront, the portal and the admin
 * show each "Vietnamese (English)" part in the reader's language), `issues` every `{ path, message }`.
 */

export const VALIDATION_CODE = "ocop.validation"

type Issue = { path: string; message: string }

const fieldOf = (issue: { path?: PropertyKey[] }) => (issue.path ?? []).map(String).join(".")

/**
 * Messages for issues the schema leaves without its own (a custom message always wins): Vietnamese
 * first, English in brackets, the field named. Unknown fields are listed.
 */
function defaultMessage(issue: any): string | undefined {
  const field = fieldOf(issue)
  const missing = issue.input === undefined
  switch (issue.code) {
    case "unrecognized_keys":
      return `Trường không được phép: ${(issue.keys ?? []).join(", ")} (unrecognized fields)`
    case "invalid_type":
      return missing
        ? `Thiếu trường '${field}' (field '${field}' is required)`
        : `Trường '${field}' phải có kiểu ${issue.expected} (field '${field}' must be of type ${issue.expected})`
    case "invalid_value":
      if (missing) return `Thiếu trường '${field}' (field '${field}' is required)`
      return issue.values
        ? `Trường '${field}' phải là một trong: ${issue.values.join(", ")} (field '${field}' must be one of: ${issue.values.join(", ")})`
        : undefined
    case "too_small":
      return `Trường '${field}' nhỏ hơn mức tối thiểu ${issue.minimum} (field '${field}' is below the minimum ${issue.minimum})`
    case "too_big":
      return `Trường '${field}' vượt mức tối đa ${issue.maximum} (field '${field}' is above the maximum ${issue.maximum})`
    default:
      return undefined
  }
}

const withDefaults = { error: defaultMessage }

/** Unknown fields are refused, as Medusa's validator does. */
function strict(schema: z.ZodTypeAny): z.ZodTypeAny {
  return "strict" in schema && typeof (schema as any).strict === "function" ? (schema as any).strict() : schema
}

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: fieldOf(issue), message: String(issue.message) }))
}

function refuse(res: MedusaResponse, issues: Issue[], message: string) {
  res.status(400).json({ type: "invalid_data", code: VALIDATION_CODE, message, issues })
}

const joined = (messages: string[]) => messages.slice(0, 3).join("; ")

/** The body, parsed: `req.validatedBody` for the handler. */
export function validateBody(schema: z.ZodTypeAny) {
  const strictSchema = strict(schema)
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await strictSchema.safeParseAsync(req.body ?? {}, withDefaults)
    if (!result.success) {
      const issues = issuesOf(result.error)
      return refuse(res, issues, joined(issues.map((i) => i.message)))
    }
    ;(req as any).validatedBody = result.data
    next()
  }
}

/**
 * A query as Medusa reads it (`?a=1,2` is a list, `?a.b=1` a nested object, at most two levels),
 * so the schemas written for Medusa's validator read the same.
 */
function normalizedQuery(query: Record<string, unknown>): Record<string, unknown> {
  const normalized: Record<string, any> = {}
  for (const [key, raw] of Object.entries(query ?? {})) {
    const value = Array.isArray(raw) && raw.length === 1 && typeof raw[0] === "string" ? raw[0].split(",") : raw
    if (!key.includes(".")) {
      normalized[key] = value
      continue
    }
    const [parent, child, ...deeper] = key.split(".")
    if (deeper.length) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Key accessor more than 2 levels deep: ${key}`)
    }
    normalized[parent] = { ...(normalized[parent] ?? {}), [child]: value }
  }
  return normalized
}

/**
 * The query, parsed: `req.validatedQuery` for the handler. With a Medusa query config (a route that
 * pages or picks fields the way Medusa's own do), also `req.filterableFields`, `req.queryConfig`
 * and `req.listConfig` / `req.retrieveConfig`, as Medusa's validator sets them.
 */
export function validateQuery(schema: z.ZodTypeAny, config?: QueryConfig<unknown>) {
  const strictSchema = strict(schema)
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const result = await strictSchema.safeParseAsync(normalizedQuery(req.query as Record<string, unknown>), withDefaults)
      if (!result.success) {
        const issues = issuesOf(result.error)
        return refuse(res, issues, joined(issues.map((i) => i.message)))
      }
      const { with_deleted: _withDeleted, ...validated } = result.data as Record<string, unknown>
      ;(req as any).validatedQuery = validated
      if (config) {
        const { limit: _l, offset: _o, fields: _f, order: _r, ...filters } = validated
        req.filterableFields = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined))
        if (config.isList) {
          const prepared = await prepareListQuery(validated as any, { ...config, isList: true }, req as any)
          req.queryConfig = prepared.remoteQueryConfig as any
          req.listConfig = prepared.listConfig as any
        } else {
          const prepared = await prepareRetrieveQuery(validated as any, config, req as any)
          req.queryConfig = prepared.remoteQueryConfig as any
          req.retrieveConfig = prepared.retrieveConfig as any
        }
        ;(req as any).remoteQueryConfig = req.queryConfig
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}

/**
 * Checks a body that Medusa's own route validates and stores (carts, customers, addresses, admin
 * products) against our limits, without replacing it: unknown fields are Medusa's to judge. The
 * same 400; each message names its field ("shipping_address.address_1: Tối đa 300 ký tự"), since
 * these bodies nest addresses.
 */
export function checkBody(schema: z.ZodTypeAny) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await schema.safeParseAsync(req.body ?? {}, withDefaults)
    if (result.success) return next()
    const issues = issuesOf(result.error)
    refuse(res, issues, joined(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))))
  }
}
