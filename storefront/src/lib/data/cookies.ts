import { cookies } from "next/headers"
import { CART_COUNT_COOKIE } from "@/lib/cart-count"
import { sessionCookie } from "./session-cookie"

/** The shopper's cart id and customer token. */
const WEEK = 60 * 60 * 24 * 7
const CART_MAX_AGE = WEEK * 4
const cart = sessionCookie("_ocop_cart_id", CART_MAX_AGE)
const auth = sessionCookie("_ocop_jwt", WEEK)

export const getCartId = cart.get
/** Only callable from a server action or route handler (Next.js refuses cookie writes while rendering). */
export const setCartId = cart.set

/** Forgets the cart (and the header's count of it). Server actions and route handlers only. */
export async function removeCartId(): Promise<void> {
  await cart.remove()
  await setCartCount(0)
}

/**
 * The header's cart count (lib/cart-count.ts): readable by the page's script, unlike the cart id.
 * Server actions and route handlers only; writing it also makes Next.js refresh the current page.
 */
export async function setCartCount(count: number): Promise<void> {
  ;(await cookies()).set(CART_COUNT_COOKIE, String(count), {
    maxAge: count > 0 ? CART_MAX_AGE : 0,
    httpOnly: false,
    sameSite: "lax",
    path: "/",
    secure: process.env.NODE_ENV === "production" && process.env.SESSION_COOKIE_INSECURE !== "true",
  })
}

export const getAuthToken = auth.get
/** `authorization` header of the logged-in customer, or nothing for a guest. */
export const authHeaders = auth.bearer
export const setAuthToken = auth.set
export const removeAuthToken = auth.remove
