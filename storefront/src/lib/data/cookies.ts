import { sessionCookie } from "./session-cookie"

/** The shopper's cart id and customer token. */
const WEEK = 60 * 60 * 24 * 7
const cart = sessionCookie("_ocop_cart_id", WEEK * 4)
const auth = sessionCookie("_ocop_jwt", WEEK)

export const getCartId = cart.get
/** Only callable from a server action or route handler (Next.js refuses cookie writes while rendering). */
export const setCartId = cart.set
export const removeCartId = cart.remove

export const getAuthToken = auth.get
/** `authorization` header of the logged-in customer, or nothing for a guest. */
export const authHeaders = auth.bearer
export const setAuthToken = auth.set
export const removeAuthToken = auth.remove
