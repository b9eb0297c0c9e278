import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

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
