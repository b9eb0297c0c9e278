"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

const SCREENS = [
  { key: "counter", path: "" },
  { key: "stock", path: "/stock" },
  { key: "tasks", path: "/tasks" },
  { key: "labels", path: "/labels" },
] as const

/** Counter · Stock · Tasks · Labels, big enough for a finger on a tablet. */
export default function PosNav({ pointId }: { pointId: string }) {
  const t = useTranslations("pos.nav")
  const pathname = usePathname()
  const base = `/pos/${pointId}`
  return (
    <nav aria-label={t("label")} className="mt-3">
      <ul className="grid grid-cols-2 gap-1.5 sm:flex sm:gap-2">
        {SCREENS.map(({ key, path }) => {
          const href = `${base}${path}`
          const active = path === "" ? pathname === base || pathname.startsWith(`${base}/receipts`) : pathname.startsWith(href)
          return (
            <li key={key}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                data-testid={`pos-nav-${key}`}
                className={`flex min-h-11 items-center justify-center rounded-xl px-3 text-center text-sm font-semibold sm:px-5 sm:text-base ${
                  active ? "bg-white text-brand-900" : "bg-brand-800 text-white hover:bg-brand-700"
                }`}
              >
                {t(key)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
