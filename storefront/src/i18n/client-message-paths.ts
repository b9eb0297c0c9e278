/**
 * The messages client components read, per part of the site: a namespace ("checkout") or one
 * part of it ("cart.add"). Server components get every message on the server; only these travel
 * to the browser, inside each page's HTML (all of them are ≈ 57 KB, the shop's namespaces ≈ 11 KB,
 * what every shop page needs ≈ 1.5 KB).
 */
export const CLIENT_MESSAGES = {
  /** Every shop page: the header (search box, cart link, star badges), the error and not-found boundaries. */
  shop: ["common", "error", "search.box", "cart.header", "product.notFound"],
  product: ["cart.add"],
  cart: ["cart.line"],
  checkout: ["checkout"],
  account: ["account", "checkout"],
  producer: ["producer"],
  pos: ["pos"],
} as const

export type ClientMessagesArea = keyof typeof CLIENT_MESSAGES

type Messages = Record<string, unknown>

/** What `area`'s client components may read: the shop's messages plus the area's own. */
export function clientMessagePaths(area: ClientMessagesArea): readonly string[] {
  return area === "shop" ? CLIENT_MESSAGES.shop : [...CLIENT_MESSAGES.shop, ...CLIENT_MESSAGES[area]]
}

/** The messages at `paths` ("cart.add" keeps only `add` of `cart`), in their nesting. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {}
  for (const path of paths) {
    const keys = path.split(".")
    let from: unknown = messages
    for (const key of keys) from = from && typeof from === "object" ? (from as Messages)[key] : undefined
    if (from === undefined) continue
    let into = picked
    for (const key of keys.slice(0, -1)) {
      if (!into[key] || typeof into[key] !== "object") into[key] = {}
      into = into[key] as Messages
    }
    into[keys[keys.length - 1]] = from
  }
  return picked
}
