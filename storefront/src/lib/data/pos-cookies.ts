import { cookies } from "next/headers"

/**
 * The point-of-sale staff token lives in its own httpOnly cookie, apart from a shopper's
 * (`_ocop_jwt`): a tablet at the counter can hold a staff session without touching any
 * customer account. Set only from server actions; scoped to the whole site because the
 * labels PDF route (/api/pos/…) needs it too. A shift: 12 hours.
 */
const POS_COOKIE = "_ocop_pos_jwt"
const SHIFT = 60 * 60 * 12

function options(maxAge: number) {
  return {
    maxAge,
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: process.env.NODE_ENV === "production" && process.env.SESSION_COOKIE_INSECURE !== "true",
  }
}

export async function getPosToken(): Promise<string | undefined> {
  return (await cookies()).get(POS_COOKIE)?.value || undefined
}

export async function posHeaders(): Promise<Record<string, string>> {
  const token = await getPosToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** Only callable from a server action or route handler. */
export async function setPosToken(token: string): Promise<void> {
  ;(await cookies()).set(POS_COOKIE, token, options(SHIFT))
}

export async function removePosToken(): Promise<void> {
  ;(await cookies()).set(POS_COOKIE, "", options(-1))
}
