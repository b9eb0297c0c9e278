/**
 * How many units the shopper's cart holds, as a small readable cookie next to the httpOnly cart id:
 * the header shows it from the browser, so no shop page reads cookies while rendering and every
 * product, home and listing page can be cached once for everyone (ISR, CDN). The server actions
 * that change the cart write it; it is a display hint only (the cart page reads the cart itself).
 */
export const CART_COUNT_COOKIE = "ocop_cart_count"

/** The count in a `document.cookie` string; 0 when absent or not a whole number. */
export function cartCountFromCookies(cookieHeader: string): number {
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=")
    if (name !== CART_COUNT_COOKIE) continue
    const value = Number(decodeURIComponent(rest.join("=")))
    return Number.isInteger(value) && value > 0 ? value : 0
  }
  return 0
}
