import { ORDER_TOKEN_HEADER, type OrderAccess } from "@ocop/contract"
import { cookies } from "next/headers"

/**
 * A guest's key to the order they just placed: the signed token the backend returns when the cart
 * completes, kept in an httpOnly cookie per order until it expires. The order id alone opens nothing.
 */
const cookieName = (orderId: string) => `_ocop_order_${orderId.replace(/[^A-Za-z0-9_]/g, "")}`

/** Server actions and route handlers only (Next.js refuses cookie writes while rendering). */
export async function rememberOrderAccess(orderId: string, access: Partial<OrderAccess> | undefined): Promise<void> {
  if (!access?.token) return
  const maxAge = access.expires_at ? Math.max(0, Math.floor((Date.parse(access.expires_at) - Date.now()) / 1000)) : 60 * 60 * 24
  ;(await cookies()).set(cookieName(orderId), access.token, {
    maxAge,
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: process.env.NODE_ENV === "production" && process.env.SESSION_COOKIE_INSECURE !== "true",
  })
}

/** The header that opens the order: a signed link's token, else the cookie set at checkout, else nothing. */
export async function orderAccessHeaders(orderId: string, linkToken?: string): Promise<Record<string, string>> {
  const token = linkToken || (await cookies()).get(cookieName(orderId))?.value
  return token ? { [ORDER_TOKEN_HEADER]: token } : {}
}
