import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

/**
 * Validation whose messages reach the person unchanged (Medusa's own validator rewrites several
 * zod messages in English). Unknown fields are refused. 400 with `{ type, code, message, issues }`.
 */
function describe(error: z.ZodError): { message: string; issues: { path: string; message: string }[] } {
  const issues = error.issues.map((issue: any) => {
    const path = (issue.path ?? []).join(".")
    const message =
      issue.code === "unrecognized_keys"
        ? `Trường không được phép: ${(issue.keys ?? []).join(", ")} (unrecognized fields)`
        : String(issue.message)
    return { path, message }
  })
  return { message: issues.slice(0, 3).map((i) => i.message).join("; "), issues }
}

function strict(schema: z.ZodTypeAny): z.ZodTypeAny {
  return "strict" in schema && typeof (schema as any).strict === "function" ? (schema as any).strict() : schema
}

export function validateProducerBody(schema: z.ZodTypeAny) {
  const strictSchema = strict(schema)
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await strictSchema.safeParseAsync(req.body ?? {})
    if (!result.success) {
      return res.status(400).json({ type: "invalid_data", code: "ocop.validation", ...describe(result.error) })
    }
    ;(req as any).validatedBody = result.data
    next()
  }
}

export function validateProducerQuery(schema: z.ZodTypeAny) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await schema.safeParseAsync(req.query ?? {})
    if (!result.success) {
      return res.status(400).json({ type: "invalid_data", code: "ocop.validation", ...describe(result.error) })
    }
    ;(req as any).validatedQuery = result.data
    next()
  }
}
