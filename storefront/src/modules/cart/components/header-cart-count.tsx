"use client"

import { useTranslations } from "next-intl"
import { useSyncExternalStore } from "react"
import { Link } from "@/i18n/navigation"
import { cartCountFromCookies } from "@/lib/cart-count"

/** Re-read the count when a server action rewrites the cookie (Chromium's cookieStore) or the tab comes back. */
function subscribe(onChange: () => void): () => void {
  const store = (globalThis as { cookieStore?: EventTarget }).cookieStore
  store?.addEventListener("change", onChange)
  window.addEventListener("focus", onChange)
  window.addEventListener("pageshow", onChange)
  return () => {
    store?.removeEventListener("change", onChange)
    window.removeEventListener("focus", onChange)
    window.removeEventListener("pageshow", onChange)
  }
}

const countInBrowser = () => cartCountFromCookies(document.cookie)
/** The cached page is the same for everyone: it carries no count. */
const countOnServer = () => undefined

function CartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M3 4h2l2.2 10.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6.2" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="10" cy="20" r="1.3" />
      <circle cx="17" cy="20" r="1.3" />
    </svg>
  )
}

/** The header's cart link; the count comes from the browser's cookie, so the page around it is cacheable. */
export default function CartLink() {
  const t = useTranslations("cart.header")
  const count = useSyncExternalStore(subscribe, countInBrowser, countOnServer)
  const label = count === undefined ? t("cart") : t("cartWithCount", { count })
  return (
    <Link
      href="/cart"
      aria-label={label}
      data-testid="header-cart"
      data-count={count ?? ""}
      className="relative flex size-10 items-center justify-center rounded-full text-brand-900 hover:bg-brand-50"
    >
      <CartIcon />
      {count !== undefined && count > 0 && (
        <span
          aria-hidden="true"
          className="absolute -right-0.5 -top-0.5 flex min-w-5 items-center justify-center rounded-full bg-clay-700 px-1 text-[11px] font-bold leading-5 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  )
}
