import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const ONE_YEAR_S = 365 * 24 * 3600

/**
 * Headers every backend answer carries (API, admin): no MIME sniffing (an uploaded file is served
 * as the type it was stored with, never run as HTML), never framed by another site (clickjacking of
 * the office's admin), no full URLs leaked in Referer, and HTTPS only once served in production.
 */
export function securityHeaders(production = process.env.NODE_ENV === "production") {
  return (_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    res.setHeader("X-Content-Type-Options", "nosniff")
    res.setHeader("X-Frame-Options", "DENY")
    if (!res.getHeader("Content-Security-Policy")) {
      res.setHeader("Content-Security-Policy", "frame-ancestors 'none'")
    }
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin")
    if (production) {
      res.setHeader("Strict-Transport-Security", `max-age=${ONE_YEAR_S}; includeSubDomains`)
    }
    next()
  }
}
