"use client"

import { useEffect, useRef } from "react"
import { useFormStatus } from "react-dom"
import { PRIMARY_BUTTON } from "@/modules/common/components/form-field"

/** Submit button that says what is happening while its form's action runs. */
export function SubmitButton({
  label,
  pending: pendingLabel,
  testId,
  className = "",
  name,
  value,
}: {
  label: string
  pending: string
  testId?: string
  className?: string
  name?: string
  value?: string
}) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={`${PRIMARY_BUTTON} ${className}`} data-testid={testId}>
      {pending ? pendingLabel : label}
    </button>
  )
}

/** The form-level message (a backend refusal or a count of fields to fix), focused when it appears. */
export function FormAlert({ message, tone = "error", testId = "form-error" }: { message?: string; tone?: "error" | "success"; testId?: string }) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (message) ref.current?.focus()
  }, [message])
  if (!message) return null
  const classes =
    tone === "error" ? "bg-status-expired/10 text-status-expired" : "bg-status-valid/10 text-status-valid"
  return (
    <p ref={ref} tabIndex={-1} role={tone === "error" ? "alert" : "status"} className={`rounded-lg p-3 text-sm font-medium ${classes}`} data-testid={testId}>
      {message}
    </p>
  )
}
