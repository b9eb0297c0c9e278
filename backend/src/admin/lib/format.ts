import { CERTIFICATE_STATUS_LABELS, certificateEndDate, daysUntil } from "./domain"
import type { Lang } from "./i18n"
import type { Certificate } from "./types"

export const STOREFRONT_VERIFY_URL = "http://localhost:8000/vi/verify/"

export function starsText(stars: number): string {
  return "★".repeat(Math.max(0, stars))
}

export function statusLabel(status: string, lang: Lang): string {
  return (CERTIFICATE_STATUS_LABELS as Record<string, { vi: string; en: string }>)[status]?.[lang] ?? status
}

export type BadgeColor = "green" | "red" | "orange" | "grey" | "blue"

/** Green only when the product may be sold and nothing needs attention; red when it may not. */
export function statusColor(c: Pick<Certificate, "effective_status" | "listable">): BadgeColor {
  const s = c.effective_status
  if (s === "expiring_soon" || s === "pending_review") return "orange"
  if (["revoked", "expired", "suspended", "rejected"].includes(s)) return "red"
  if (s === "superseded") return "grey"
  return c.listable ? "green" : "red"
}

/** YYYY-MM-DD → DD/MM/YYYY (vi) or the ISO date (en). */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return "—"
  const d = String(value).slice(0, 10)
  if (lang !== "vi") return d
  const [y, m, day] = d.split("-")
  return `${day}/${m}/${y}`
}

export function formatDateTime(value: string, lang: Lang): string {
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  return d.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { timeZone: "Asia/Ho_Chi_Minh" })
}

/** Days left until the certificate's last day in force (extension included). */
export function daysLeft(c: Pick<Certificate, "status" | "valid_until" | "extension_until">, now = new Date()): number {
  return daysUntil(certificateEndDate(c), now)
}
