import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

/**
 * The message namespaces client components read, per part of the site. Server components get every
 * message on the server; only these travel to the browser inside each page (the whole catalogue of
 * messages is ≈ 57 KB of every shop page's HTML otherwise).
 */
export const CLIENT_NAMESPACES = {
  shop: ["common", "search", "cart", "account", "checkout", "error", "product"],
  producer: ["producer"],
  pos: ["pos"],
} as const

/** Gives client components below it the shop's namespaces plus those of `area`. */
export async function ClientMessages({ area, children }: { area: keyof typeof CLIENT_NAMESPACES; children: ReactNode }) {
  const messages = await getMessages()
  const namespaces = new Set<string>([...CLIENT_NAMESPACES.shop, ...CLIENT_NAMESPACES[area]])
  const picked = Object.fromEntries(Object.entries(messages).filter(([namespace]) => namespaces.has(namespace)))
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>
}
