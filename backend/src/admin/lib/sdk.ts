import Medusa from "@medusajs/js-sdk"

/** The admin's fetch client: same-origin session cookie, as the Medusa dashboard itself uses. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
