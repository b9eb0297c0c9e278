"use client"

import { useEffect, useRef, useTransition, type FormEvent } from "react"
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
  busy,
}: {
  label: string
  pending: string
  testId?: string
  className?: string
  name?: string
  value?: string
  /** Pending state of a form submitted through useKeepValuesSubmit (useFormStatus does not see it). */
  busy?: boolean
}) {
  const status = useFormStatus()
  const pending = busy ?? status.pending
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`${PRIMARY_BUTTON} ${className}`}
      data-testid={testId}
    >
      {pending ? pendingLabel : label}
    </button>
  )
}

/** The form-level message (a backend refusal or a count of fields to fix), focused when it appears. */
export function FormAlert({
  message,
  tone = "error",
  testId = "form-error",
}: {
  message?: string
  tone?: "error" | "success"
  testId?: string
}) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (message) ref.current?.focus()
  }, [message])
  if (!message) return null
  const classes = tone === "error" ? "bg-status-expired/10 text-status-expired" : "bg-status-valid/10 text-status-valid"
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg p-3 text-sm font-medium ${classes}`}
      data-testid={testId}
    >
      {message}
    </p>
  )
}

/**
 * Submits a form to a server action without React's automatic reset of the form afterwards: a
 * refused form keeps every select and field as the producer left it (React 19 resets forms
 * whose `action` prop is a function, which empties selects). Use with useActionState's
 * `isPending` for the button.
 */
export function useKeepValuesSubmit(dispatch: (formData: FormData) => void) {
  const [, startTransition] = useTransition()
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null
    const formData = new FormData(event.currentTarget, submitter)
    startTransition(() => dispatch(formData))
  }
}
