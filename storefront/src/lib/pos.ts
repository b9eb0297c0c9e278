/**
 * Point-of-sale rules of the counter screen that need no server: how a typed or scanned entry
 * is looked up, the basket arithmetic, change due and quick cash amounts. Pure functions,
 * tested in pos.test.ts.
 */
import { parseVndInput } from "@ocop/domain"
import type { PosLookupResult, PosOcop } from "@/types/pos"

export type LookupAttempt = { code: string } | { q: string }

/**
 * What to ask the backend for an entry: a scanned barcode, SKU, verification code or the
 * certificate's QR text (one token, no spaces) is tried as an exact `code` first, then as text;
 * anything with spaces is text search. Text needs at least 2 characters.
 */
export function lookupPlan(input: string): LookupAttempt[] {
  const entry = input.trim().replace(/\s+/g, " ")
  if (!entry) return []
  if (/^https?:\/\//i.test(entry)) return [{ code: entry }]
  const attempts: LookupAttempt[] = []
  if (!entry.includes(" ")) attempts.push({ code: entry })
  if (entry.length >= 2) attempts.push({ q: entry })
  return attempts
}

/** The certified stars to badge, or null: a badge only for a live certificate of 3★ or more. */
export function badgeStars(ocop: PosOcop | null | undefined): 3 | 4 | 5 | null {
  if (!ocop || !ocop.listable) return null
  const stars = Number(ocop.stars)
  return stars === 3 || stars === 4 || stars === 5 ? stars : null
}

/** The reason the backend gives, without its "không được bán:" prefix (the screen adds it). */
export function notSellableReason(result: Pick<PosLookupResult, "reason_vi">): string {
  return (result.reason_vi ?? "").replace(/^\s*không được bán\s*[:：-]?\s*/i, "").trim()
}

export type BasketLine = {
  variant_id: string
  title: string
  variant_title: string | null
  sku: string | null
  /** Integer đồng. */
  unit_price: number
  quantity: number
  /** Stock at this point when the line was added: the basket never asks for more. */
  max: number
}

export function basketTotal(lines: BasketLine[]): number {
  return lines.reduce((sum, l) => sum + l.unit_price * l.quantity, 0)
}

export function basketCount(lines: BasketLine[]): number {
  return lines.reduce((sum, l) => sum + l.quantity, 0)
}

/** Adds one unit of a looked-up item (or a new line), refusing what cannot be sold here. */
export function addToBasket(lines: BasketLine[], result: PosLookupResult): BasketLine[] {
  if (!result.sellable || result.price === null || result.stock_here <= 0) return lines
  const existing = lines.find((l) => l.variant_id === result.variant.id)
  if (existing) {
    return lines.map((l) =>
      l.variant_id === result.variant.id ? { ...l, max: result.stock_here, quantity: Math.min(l.quantity + 1, result.stock_here) } : l
    )
  }
  return [
    ...lines,
    {
      variant_id: result.variant.id,
      title: result.product.title,
      variant_title: result.variant.title,
      sku: result.variant.sku,
      unit_price: result.price,
      quantity: 1,
      max: result.stock_here,
    },
  ]
}

/** Sets a line's quantity within 1…stock; 0 or less removes the line. */
export function setBasketQuantity(lines: BasketLine[], variantId: string, quantity: number): BasketLine[] {
  if (!Number.isFinite(quantity) || quantity <= 0) return lines.filter((l) => l.variant_id !== variantId)
  return lines.map((l) => (l.variant_id === variantId ? { ...l, quantity: Math.min(Math.floor(quantity), l.max) } : l))
}

/**
 * Integer đồng typed at the counter: "200.000", "200 000" and "200000" are all 200000; junk and
 * "12,5" are null — the same rule as the producer portal's prices (@ocop/domain parseVndInput).
 */
export function parseCash(text: string): number | null {
  return parseVndInput(text)
}

/** Change to give back, or null while the cash received does not cover the total. */
export function changeDue(total: number, received: number | null): number | null {
  if (received === null || received < total) return null
  return received - total
}

/** Notes a customer is likely to hand over: the exact total, then round-ups to common notes. */
export function quickCashAmounts(total: number): number[] {
  if (total <= 0) return []
  const steps = [10_000, 50_000, 100_000, 200_000, 500_000]
  const amounts = [total, ...steps.map((s) => Math.ceil(total / s) * s)]
  return [...new Set(amounts)].sort((a, b) => a - b).slice(0, 4)
}
