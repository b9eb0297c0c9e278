import { cookies } from "next/headers"

/**
 * httpOnly cookies written by server actions (as in Medusa's Next.js starter): the browser never
 * sees them from script. Secure in production unless SESSION_COOKIE_INSECURE=true (the local
 * end-to-end stack serves a production build over plain http).
 */
function options(maxAge: number) {
  return {
    maxAge,
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: process.env.NODE_ENV === "production" && process.env.SESSION_COOKIE_INSECURE !== "true",
  }
}

/** Read, write (server actions and route handlers only) and clear one named cookie kept `maxAge` seconds. */
export function sessionCookie(name: string, maxAge: number) {
  const get = async (): Promise<string | undefined> => (await cookies()).get(name)?.value || undefined
  return {
    get,
    set: async (value: string): Promise<void> => {
      ;(await cookies()).set(name, value, options(maxAge))
    },
    remove: async (): Promise<void> => {
      ;(await cookies()).set(name, "", options(-1))
    },
    /** `authorization` header carrying the token, or nothing without one. */
    bearer: async (): Promise<Record<string, string>> => {
      const token = await get()
      return token ? { authorization: `Bearer ${token}` } : {}
    },
  }
}
