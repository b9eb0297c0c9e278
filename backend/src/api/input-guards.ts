import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

/**
 * Guards that run before any route: PostgreSQL cannot store a NUL character in text, so a NUL
 * anywhere in a request (body, query or path) would surface as a 500 from deep inside a workflow.
 * It is refused up front with a 400 instead, on every route, ours and Medusa's.
 */

const NUL_MESSAGE = "Dữ liệu gửi lên có ký tự NUL (\\u0000), không được phép (the request contains a NUL character)"

/** True when a NUL character appears in any string or key of `value` (depth-limited, cycle-safe). */
export function containsNul(value: unknown, depth = 0): boolean {
  if (depth > 64) return false
  if (typeof value === "string") return value.includes("\u0000")
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1))
  if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (key.includes("\u0000") || containsNul(v, depth + 1)) return true
    }
  }
  return false
}

function decodedUrl(url: string): string {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}

export function refuseNulBytes(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (containsNul(req.body) || containsNul(req.query) || decodedUrl(req.originalUrl ?? req.url ?? "").includes("\u0000")) {
    res.status(400).json({ type: "invalid_data", code: "ocop.input.nul", message: NUL_MESSAGE })
    return
  }
  next()
}

/**
 * Checks the raw body against `schema` without replacing it (Medusa's own validator for the route
 * still runs and shapes the body). 400 with every issue's Vietnamese message and its field path.
 */
export function checkBody(schema: z.ZodTypeAny) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await schema.safeParseAsync(req.body ?? {})
    if (result.success) return next()
    const issues = result.error.issues.map((issue: any) => ({ path: (issue.path ?? []).join("."), message: String(issue.message) }))
    res.status(400).json({
      type: "invalid_data",
      code: "ocop.validation",
      message: issues
        .slice(0, 3)
        .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
        .join("; "),
      issues,
    })
  }
}
