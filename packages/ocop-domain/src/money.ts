/**
 * VND amounts. VND has no minor unit, so amounts are integer đồng everywhere (Stripe treats
 * VND as zero-decimal; gateway adapters such as VNPay's ×100 convert at their own edge).
 */

/** Display: "1.250.000 ₫" with a dot thousands separator and NO-BREAK SPACE (U+00A0) before ₫,
 * so the symbol never wraps onto its own line; this also matches Intl's vi-VN output. */
export const VND_SYMBOL = "₫";
const NBSP = "\u00A0";

export function isVndAmount(n: unknown): n is number {
  return typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
}

export function assertVndAmount(n: unknown): asserts n is number {
  if (typeof n !== "number" || Number.isNaN(n)) {
    throw new RangeError(`A VND amount must be a number of đồng, got ${n === null ? "null" : typeof n}`);
  }
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`A VND amount must be a whole number of đồng (VND has no minor unit), got ${n}`);
  }
  if (n < 0) throw new RangeError(`A VND amount cannot be negative, got ${n}`);
}

/**
 * Formats integer đồng. Negative amounts are allowed (discounts, refunds) and get a leading "-";
 * fractions are refused because a fractional đồng always means a unit bug upstream.
 */
export function formatVnd(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`formatVnd needs a whole number of đồng, got ${amount}`);
  }
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${amount < 0 ? "-" : ""}${digits}${NBSP}${VND_SYMBOL}`;
}

/**
 * A VND amount typed by a person ("125.000", "125000", "125 000 ₫") as integer đồng, or null when it
 * is not a whole, non-negative number. A comma is refused: VND has no minor unit, so "12,5" is a
 * typo rather than a fraction to round (or a dropped separator that would turn it into 125). The
 * producer portal's prices and the counter's cash received both read money through this.
 */
export function parseVndInput(input: string | null | undefined): number | null {
  const compact = String(input ?? "")
    .replace(/[\s\u00A0₫đ]/gi, "")
    .trim();
  if (!compact) return null;
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(compact)) return null;
  const n = Number(compact.replace(/\./g, ""));
  return Number.isSafeInteger(n) ? n : null;
}
