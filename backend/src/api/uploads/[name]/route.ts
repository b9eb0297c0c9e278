import { existsSync } from "node:fs"
import { resolve, sep } from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const UPLOADS_DIR = resolve(process.cwd(), process.env.UPLOADS_DIR || "uploads")

/** The only types served inline; anything else is a download. */
const INLINE_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  pdf: "application/pdf",
}

/**
 * Files uploaded through Medusa's file module (local provider): served with the type of their
 * extension (never sniffed), `nosniff` (also set for every answer by security-headers.ts), and a
 * CSP that sandboxes anything a browser might still try to run.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const name = req.params.name
  const path = resolve(UPLOADS_DIR, name)
  if (!name || name.includes("/") || name.includes("\\") || !path.startsWith(UPLOADS_DIR + sep) || !existsSync(path)) {
    return res.status(404).json({ type: "not_found", message: "Không tìm thấy tệp (file not found)" })
  }
  const extension = name.split(".").pop()?.toLowerCase() ?? ""
  const type = INLINE_TYPES[extension]
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.setHeader("Content-Type", type ?? "application/octet-stream")
  if (!type) res.setHeader("Content-Disposition", "attachment")
  res.sendFile(path, { headers: { "Content-Type": type ?? "application/octet-stream" } })
}
