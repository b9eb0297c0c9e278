"use client"

import { type ReactNode, useEffect, useRef } from "react"

type Props = {
  summary: ReactNode
  children: ReactNode
}

const DESKTOP = "(min-width: 1024px)"

/**
 * The filter panel: a <details> that phones open on demand and large screens always show.
 * CSS shows the content from `lg` up even while closed (::details-content) so nothing moves on
 * load; the effect opens it too for browsers without that pseudo-element. Closed by default on
 * phones, and without JavaScript it still opens with a tap.
 */
export default function FacetDisclosure({ summary, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (ref.current && window.matchMedia(DESKTOP).matches) ref.current.open = true
  }, [])
  return (
    <details
      ref={ref}
      data-testid="facets"
      className="group rounded-2xl bg-white ring-1 ring-line lg:rounded-none lg:bg-transparent lg:ring-0 lg:[&::details-content]:[content-visibility:visible]"
    >
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-2xl px-4 py-3 text-sm font-semibold text-ink lg:hidden [&::-webkit-details-marker]:hidden">
        {summary}
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-muted transition-transform group-open:rotate-180">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4z" />
        </svg>
      </summary>
      <div className="border-t border-line px-4 pb-4 pt-2 lg:border-0 lg:p-0">{children}</div>
    </details>
  )
}
