"use client"

import { useLocale } from "next-intl"
import { useSearchParams } from "next/navigation"
import { Link, usePathname } from "@/i18n/navigation"
import { routing, type AppLocale } from "@/i18n/routing"

type Props = {
  label: string
  names: Record<AppLocale, string>
  /** Keep the query string (e.g. `?page=2`); false in the static fallback. */
  withQuery?: boolean
}

function Switcher({ label, names, query }: Omit<Props, "withQuery"> & { query?: Record<string, string> }) {
  const locale = useLocale()
  const pathname = usePathname()

  return (
    <nav aria-label={label} data-testid="locale-switcher">
      <ul className="flex items-center rounded-full bg-brand-50 p-0.5 ring-1 ring-brand-100">
        {routing.locales.map((l) => {
          const active = l === locale
          return (
            <li key={l}>
              <Link
                href={{ pathname, query }}
                locale={l}
                hrefLang={l}
                lang={l}
                aria-label={names[l]}
                aria-current={active ? "true" : undefined}
                className={`block rounded-full px-2.5 py-1 text-xs font-semibold uppercase tracking-wide transition-colors ${
                  active ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-100"
                }`}
              >
                {l}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

function SwitcherWithQuery(props: Omit<Props, "withQuery">) {
  const searchParams = useSearchParams()
  const query = Object.fromEntries(searchParams.entries())
  return <Switcher {...props} query={query} />
}

/** vi/en switcher that keeps the current path (and query). */
export default function LocaleSwitcher({ withQuery = true, ...props }: Props) {
  return withQuery ? <SwitcherWithQuery {...props} /> : <Switcher {...props} />
}
