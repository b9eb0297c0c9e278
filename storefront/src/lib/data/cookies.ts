import { cookies } from "next/headers"

/**
 * The shopper's cart id and customer token live in httpOnly cookies set by server actions (as
 * in Medusa's Next.js starter): the browser never sees them from script. Secure in production
 * unless SESSION_COOKIE_INSECURE=true (the local end-to-end stack serves a production build
 * over plain http).
 */
const CART_COOKIE = "_ocop_cart_id"
const AUTH_COOKIE = "_ocop_jwt"
const WEEK = 60 * 60 * 24 * 7

function options(maxAge: number) {
  return {
    maxAge,
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: process.env.NODE_ENV === "production" && process.env.SESSION_COOKIE_INSECURE !== "true",
  }
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined
}

/** Only callable from a server action or route handler (Next.js refuses cookie writes while rendering). */
export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, options(WEEK * 4))
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, "", options(-1))
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value || undefined
}

/** `authorization` header of the logged-in customer, or nothing for a guest. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, options(WEEK))
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, "", options(-1))
}
