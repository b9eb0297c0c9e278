"use client"

import { useEffect, useRef, type ReactNode } from "react"

/** A step heading that takes focus when it appears, so keyboard and screen-reader users land on the new step. */
export default function FocusHeading({ id, children, className = "" }: { id: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus({ preventScroll: false })
  }, [])
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className={`focus:outline-none ${className}`}>
      {children}
    </h2>
  )
}
