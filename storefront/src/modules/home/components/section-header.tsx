import type { ComponentProps, ReactNode } from "react"
import { Link } from "@/i18n/navigation"

type Props = {
  id: string
  title: ReactNode
  subtitle?: string
  viewAll?: { label: string; href: ComponentProps<typeof Link>["href"] }
}

/** A home section's heading (h2, the section's accessible name) with an optional "see all" link. */
export default function SectionHeader({ id, title, subtitle, viewAll }: Props) {
  return (
    <div className="mb-5 flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h2 id={id} className="flex flex-wrap items-center gap-2 font-display text-2xl font-bold text-brand-900 sm:text-3xl">
          {title}
        </h2>
        {subtitle && <p className="mt-1 text-sm text-muted">{subtitle}</p>}
      </div>
      {viewAll && (
        <Link
          href={viewAll.href}
          className="inline-flex shrink-0 items-center gap-1 text-sm font-semibold text-brand-700 underline-offset-2 hover:underline"
        >
          {viewAll.label}
          <span aria-hidden="true">→</span>
        </Link>
      )}
    </div>
  )
}
