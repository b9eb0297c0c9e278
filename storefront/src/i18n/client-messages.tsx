import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"
import { type ClientMessagesArea, clientMessagePaths, pickMessages } from "./client-message-paths"

/**
 * Gives client components below it the shop's messages plus those of `area` (client-message-paths.ts).
 * A provider below another replaces its messages, so each one carries the shop's too.
 */
export async function ClientMessages({ area, children }: { area: ClientMessagesArea; children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>
  return <NextIntlClientProvider messages={pickMessages(messages, clientMessagePaths(area))}>{children}</NextIntlClientProvider>
}
