import Medusa from "@medusajs/js-sdk"

/**
 * The Medusa JS SDK, for server components and route handlers only: the publishable key
 * and the backend address are server environment variables, never shipped to the browser.
 * Created lazily so that `next build` runs without a backend or a key.
 */
export const MEDUSA_BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/** Cached pages and fetches are refreshed at least this often (seconds), tags drop them sooner. */
export const REVALIDATE_SECONDS = 60

let sdk: Medusa | undefined

export function getSdk(): Medusa {
  if (typeof window !== "undefined") {
    throw new Error("The Medusa SDK is server-only in this storefront")
  }
  if (!sdk) {
    const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
    if (!publishableKey) {
      throw new Error("MEDUSA_PUBLISHABLE_KEY is not set: the store API refuses requests without it")
    }
    sdk = new Medusa({
      baseUrl: MEDUSA_BACKEND_URL,
      publishableKey, // sent as `x-publishable-api-key`, the header Medusa's store routes check
      debug: process.env.NODE_ENV === "development",
    })
  }
  return sdk
}

/** True when the SDK reports an HTTP 404 from the backend. */
export function isNotFoundError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "status" in error && (error as { status?: unknown }).status === 404
}
