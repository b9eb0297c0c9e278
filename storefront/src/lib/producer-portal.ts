/**
 * Pure helpers of the producer portal (no I/O, unit-tested in producer-portal.test.ts).
 */
import { expiryUrgency, parseVndInput, type ExpiryUrgency } from "@ocop/domain"
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

/** Money typed by a person: the one rule in @ocop/domain (the counter reads cash through it too). */
export { parseVndInput }

/** Thousands separated with dots, as Vietnamese write money: 1250000 → "1.250.000". */
export function groupThousands(n: number): string {
  if (!Number.isFinite(n)) return ""
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
}

/** Colour of a "days to expiry" figure: the domain's urgency (re-evaluation window closed, expiring soon). */
export type ExpiryTone = ExpiryUrgency
export const expiryTone = expiryUrgency

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
