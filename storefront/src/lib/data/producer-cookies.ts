import { cookies } from "next/headers"

/**
 * The producer portal's session: the JWT of a `producer` actor in its own httpOnly cookie,
 * separate from the shopper's (a person may be both). Written only by server actions and route
 * handlers; read by server components, never by browser script.
 */
const PRODUCER_COOKIE = "_ocop_producer_jwt"
const DAY = 60 * 60 * 24

function options(maxAge: number) {
  return {
    maxAge,
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: process.env.NODE_ENV === "production" && process.env.SESSION_COOKIE_INSECURE !== "true",
  }
}

export async function getProducerToken(): Promise<string | undefined> {
  return (await cookies()).get(PRODUCER_COOKIE)?.value || undefined
}

export async function setProducerToken(token: string): Promise<void> {
  ;(await cookies()).set(PRODUCER_COOKIE, token, options(DAY))
}

export async function removeProducerToken(): Promise<void> {
  ;(await cookies()).set(PRODUCER_COOKIE, "", options(-1))
}
