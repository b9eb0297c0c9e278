"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import { producerLogout } from "@/lib/data/producer-actions"

const MAIN = [
  { href: "/producer", key: "dashboard", icon: "▦" },
  { href: "/producer/products", key: "products", icon: "◫" },
  { href: "/producer/certificates", key: "certificates", icon: "★" },
  { href: "/producer/orders", key: "orders", icon: "⇄" },
] as const

const MORE = [
  { href: "/producer/stock", key: "stock" },
  { href: "/producer/consignments", key: "consignments" },
  { href: "/producer/sales", key: "sales" },
  { href: "/producer/members", key: "members" },
  { href: "/producer/profile", key: "profile" },
] as const

function isActive(pathname: string, href: string): boolean {
  return href === "/producer" ? pathname === "/producer" : pathname === href || pathname.startsWith(`${href}/`)
}

/**
 * The portal's navigation: a tab bar under the title from `md` up; on phones a bar fixed to the
 * bottom of the screen (thumb reach) with the four daily screens and "More" for the rest.
 * Every target is at least 44 px high.
 */
export default function PortalNav() {
  const t = useTranslations("producer.nav")
  const pathname = usePathname()
  const moreActive = MORE.some((m) => isActive(pathname, m.href))

  return (
    <>
      <nav aria-label={t("label")} className="hidden md:block" data-testid="portal-nav">
        <ul className="flex flex-wrap gap-1 border-b border-line">
          {[...MAIN, ...MORE].map((item) => {
            const active = isActive(pathname, item.href)
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold ${
                    active ? "border-brand-700 text-brand-800" : "border-transparent text-muted hover:text-ink"
                  }`}
                >
                  {t(item.key)}
                </Link>
              </li>
            )
          })}
          <li className="ml-auto">
            <form action={producerLogout}>
              <button
                type="submit"
                className="inline-flex min-h-11 items-center px-3 text-sm font-semibold text-muted hover:text-ink"
                data-testid="producer-logout"
              >
                {t("logout")}
              </button>
            </form>
          </li>
        </ul>
      </nav>

      <nav
        aria-label={t("label")}
        className="fixed inset-x-0 bottom-0 z-40 border-t border-line bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
        data-testid="portal-nav-mobile"
      >
        <ul className="grid grid-cols-5">
          {MAIN.map((item) => {
            const active = isActive(pathname, item.href)
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={`flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-center text-[11px] font-semibold leading-tight ${
                    active ? "text-brand-800" : "text-muted"
                  }`}
                >
                  <span aria-hidden="true" className={`text-lg leading-none ${active ? "text-brand-700" : ""}`}>
                    {item.icon}
                  </span>
                  {t(item.key)}
                </Link>
              </li>
            )
          })}
          <li className="relative">
            <details className="group h-full">
              <summary
                className={`flex min-h-14 cursor-pointer list-none flex-col items-center justify-center gap-0.5 px-1 text-[11px] font-semibold leading-tight [&::-webkit-details-marker]:hidden ${
                  moreActive ? "text-brand-800" : "text-muted"
                }`}
              >
                <span aria-hidden="true" className="text-lg leading-none">
                  ⋯
                </span>
                {t("more")}
              </summary>
              <ul className="absolute bottom-full right-1 mb-2 w-48 overflow-hidden rounded-xl border border-line bg-white shadow-lg">
                {MORE.map((item) => (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={isActive(pathname, item.href) ? "page" : undefined}
                      className="flex min-h-12 items-center px-4 text-sm font-semibold text-ink hover:bg-brand-50 aria-[current=page]:text-brand-800"
                    >
                      {t(item.key)}
                    </Link>
                  </li>
                ))}
                <li className="border-t border-line">
                  <form action={producerLogout}>
                    <button
                      type="submit"
                      className="flex min-h-12 w-full items-center px-4 text-sm font-semibold text-muted hover:bg-brand-50"
                    >
                      {t("logout")}
                    </button>
                  </form>
                </li>
              </ul>
            </details>
          </li>
        </ul>
      </nav>
    </>
  )
}
