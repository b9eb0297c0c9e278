import type { Lang } from "../../lib/i18n"

export const STAR_COLORS = { "3": "#84cc16", "4": "#16a34a", "5": "#b45309" } as const
export const STATE_COLORS: Record<string, string> = {
  valid: "#16a34a",
  expiring_soon: "#f59e0b",
  reevaluation_pending: "#3b82f6",
  extended: "#8b5cf6",
  suspended: "#ef4444",
}
export const PALETTE = ["#16a34a", "#0ea5e9", "#f59e0b", "#8b5cf6", "#ef4444", "#14b8a6", "#a3a3a3"]

export function fmtNumber(n: number | null | undefined, lang: Lang, digits = 1): string {
  if (n === null || n === undefined) return "—"
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: digits }).format(n)
}

export function fmtPercent(n: number | null | undefined, lang: Lang): string {
  return n === null || n === undefined ? "—" : `${fmtNumber(n, lang)}%`
}

/** VND, integer đồng: "1.250.000 ₫" in both languages (the currency's own convention). */
export function fmtVnd(n: number | null | undefined): string {
  if (n === null || n === undefined) return "—"
  return `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }).format(n)} ₫`
}

/** Short axis ticks: 1,2 tr / 350 N */
export function fmtVndShort(n: number, lang: Lang): string {
  if (Math.abs(n) >= 1e9) return `${fmtNumber(n / 1e9, lang)} ${lang === "vi" ? "tỷ" : "bn"}`
  if (Math.abs(n) >= 1e6) return `${fmtNumber(n / 1e6, lang)} ${lang === "vi" ? "tr" : "m"}`
  if (Math.abs(n) >= 1e3) return `${fmtNumber(n / 1e3, lang, 0)} ${lang === "vi" ? "N" : "k"}`
  return String(n)
}

export function fmtMonth(key: string): string {
  return `${key.slice(5, 7)}/${key.slice(0, 4)}`
}

export function fmtDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split("-")
  return lang === "vi" ? `${d}/${m}/${y}` : `${y}-${m}-${d}`
}

export function growthClass(g: number | null | undefined): string {
  if (g === null || g === undefined) return "text-ui-fg-muted"
  return g >= 0 ? "text-ui-tag-green-text" : "text-ui-tag-red-text"
}
