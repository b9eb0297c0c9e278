/**
 * Pure helpers of the producer portal (no I/O, unit-tested in producer-portal.test.ts).
 */
import { localizeBackendMessage, type Lang } from "./shop"

/**
 * The `actor_id` inside a Medusa JWT, read without verifying it (the backend verifies every
 * call). Only used to route: a registration token has an empty actor_id until the producer
 * profile exists. Null when the token cannot be read.
 */
export function jwtActorId(token: string | undefined | null): string | null {
  if (!token) return null
  const part = token.split(".")[1]
  if (!part) return null
  try {
    const json = JSON.parse(Buffer.from(part.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"))
    return typeof json?.actor_id === "string" ? json.actor_id : null
  } catch {
    return null
  }
}

/**
 * A backend refusal as a person reads it: Medusa's "Invalid request: " prefix dropped, each
 * "Vietnamese (English)" part in the reader's language, parts joined by "; ".
 */
export function backendErrorText(message: string | undefined | null, lang: Lang): string {
  const text = String(message ?? "")
    .replace(/^Invalid request:\s*/i, "")
    .trim()
  if (!text) return ""
  return text
    .split(/;\s+/)
    .map((part) => localizeBackendMessage(part, lang))
    .filter(Boolean)
    .join("; ")
}

/**
 * A VND amount typed by a person ("125.000", "125000", "125 000 ₫") as integer đồng, or null
 * when it is not a whole, non-negative number. A comma is refused: VND has no minor unit, so
 * "12,5" is a typo rather than a fraction to round.
 */
export function parseVndInput(input: string): number | null {
  const compact = String(input ?? "")
    .replace(/[\s₫đ]/gi, "")
    .trim()
  if (!compact) return null
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(compact)) return null
  const n = Number(compact.replace(/\./g, ""))
  return Number.isSafeInteger(n) ? n : null
}

/** Thousands separated with dots, as Vietnamese write money: 1250000 → "1.250.000". */
export function groupThousands(n: number): string {
  if (!Number.isFinite(n)) return ""
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
}

/** Colour of a "days to expiry" figure: gone, under 120 days, inside the 180-day window, fine. */
export type ExpiryTone = "expired" | "urgent" | "soon" | "ok"

export function expiryTone(daysToExpiry: number | null | undefined): ExpiryTone {
  if (daysToExpiry == null || !Number.isFinite(daysToExpiry)) return "ok"
  if (daysToExpiry < 0) return "expired"
  if (daysToExpiry <= 120) return "urgent"
  if (daysToExpiry <= 180) return "soon"
  return "ok"
}

/** Whole integer from a form field, or null (stock counts, limits). */
export function parseWholeNumber(input: FormDataEntryValue | string | null | undefined): number | null {
  const text = String(input ?? "").trim()
  if (!/^-?\d+$/.test(text)) return null
  const n = Number(text)
  return Number.isSafeInteger(n) ? n : null
}

/** A product's variants as posted by the product form: fields named `variants[i][field]`. */
export type VariantInput = {
  id?: string
  title: string
  sku: string
  barcode?: string
  price: number | null
  price_text: string
  pack_size?: string
  stock?: number | null
}

export function readVariants(entries: Iterable<[string, FormDataEntryValue]>): VariantInput[] {
  const rows = new Map<number, Record<string, string>>()
  for (const [key, value] of entries) {
    const m = /^variants\[(\d+)\]\[(\w+)\]$/.exec(key)
    if (!m) continue
    const i = Number(m[1])
    if (!rows.has(i)) rows.set(i, {})
    rows.get(i)![m[2]] = String(value)
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, r]) => ({
      id: r.id || undefined,
      title: (r.title ?? "").trim(),
      sku: (r.sku ?? "").trim(),
      barcode: (r.barcode ?? "").trim() || undefined,
      price: parseVndInput(r.price ?? ""),
      price_text: r.price ?? "",
      pack_size: (r.pack_size ?? "").trim() || undefined,
      stock: r.stock === undefined || r.stock.trim() === "" ? null : parseWholeNumber(r.stock),
    }))
    .filter((v) => v.title || v.sku || v.price_text)
}

export { type Lang }
