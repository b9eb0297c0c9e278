import { BackendError } from "@/lib/backend-error"
import { MEDUSA_BACKEND_URL } from "@/lib/config"

/**
 * A store or POS call whose refusal the caller branches on by its `code`. Medusa's JS SDK
 * throws a FetchError with the message and status only, so these few calls go through here;
 * every other read keeps the SDK. Never cached: these are mutations.
 */
export async function backendFetch<T>(
  path: string,
  init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; headers?: Record<string, string> } = {}
): Promise<T> {
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!publishableKey) {
    throw new Error("MEDUSA_PUBLISHABLE_KEY is not set: the store API refuses requests without it")
  }
  const base = new URL(MEDUSA_BACKEND_URL)
  const url = new URL(`${base.pathname.replace(/\/$/, "")}/${path.replace(/^\//, "")}`, base.origin)
  const response = await fetch(url, {
    method: init.method ?? "GET",
    headers: {
      accept: "application/json",
      "content-type": "application/json",
      "x-publishable-api-key": publishableKey,
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    cache: "no-store",
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new BackendError(body ?? {}, response.status, response.statusText)
  return body as T
}
