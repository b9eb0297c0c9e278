import { createNavigation } from "next-intl/navigation"
import type { ComponentProps } from "react"
import { routing } from "./routing"

const navigation = createNavigation(routing)

export const { redirect, usePathname, useRouter, getPathname } = navigation

/**
 * next-intl's Link without viewport prefetching unless a caller asks for it (`prefetch`). Next.js
 * otherwise fetches the page behind every link that scrolls into view: a listing's 24 product pages
 * on every visit (each rendered on the server when not cached yet, so a spike on one listing renders
 * hundreds of product pages), parsed on the phone's main thread while the page is still loading. A
 * click still navigates on the client, without reloading the document.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />
}
