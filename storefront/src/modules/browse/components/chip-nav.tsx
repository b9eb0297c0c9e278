import type { ComponentProps } from "react"
import { Link } from "@/i18n/navigation"

export type Chip = {
  label: string
  href: ComponentProps<typeof Link>["href"]
  count?: number | null
  current?: boolean
  /** Accessible name when it should say more than the visible label. */
  title?: string
}

/** A row of links shaped as chips (sub-categories, sibling product sets): swiped on phones, wrapped from `sm` up. */
export default function ChipNav({ label, chips, testId }: { label: string; chips: Chip[]; testId?: string }) {
  if (chips.length === 0) return null
  return (
    <nav aria-label={label} data-testid={testId}>
      <ul className="-mx-4 flex snap-x scroll-px-4 gap-2 overflow-x-auto px-4 pb-1 [scrollbar-width:thin] sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0">
        {chips.map((chip) => (
          <li key={chip.label} className="shrink-0 snap-start sm:shrink">
            <Link
              href={chip.href}
              aria-current={chip.current ? "page" : undefined}
              aria-label={chip.title}
              className={`inline-flex min-h-9 items-center gap-1.5 whitespace-nowrap rounded-full px-3 py-1.5 text-sm font-medium ring-1 ring-inset transition-colors sm:whitespace-normal ${
                chip.current
                  ? "bg-brand-700 text-white ring-brand-700"
                  : "bg-white text-ink ring-line hover:bg-brand-50 hover:ring-brand-200"
              }`}
            >
              <span>{chip.label}</span>
              {typeof chip.count === "number" && (
                <span
                  aria-hidden={chip.title ? "true" : undefined}
                  className={`rounded-full px-1.5 text-xs tabular-nums ${chip.current ? "bg-white/20" : "bg-brand-50 text-brand-800"}`}
                >
                  {chip.count}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
