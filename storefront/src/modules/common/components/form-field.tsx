import type { ReactNode } from "react"

/** Shared classes of the shop's forms (cart, checkout, account). */
export const INPUT_CLASS =
  "block w-full rounded-lg border border-line bg-white px-3 py-2.5 text-base text-ink shadow-sm placeholder:text-muted/70 " +
  "focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-status-expired"
export const PRIMARY_BUTTON =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-full bg-brand-700 px-5 py-2.5 text-sm font-semibold text-white " +
  "hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-muted/50"
export const SECONDARY_BUTTON =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-full bg-white px-5 py-2.5 text-sm font-semibold text-brand-800 " +
  "ring-1 ring-brand-200 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60"

type Props = {
  id: string
  label: string
  /** Message shown under the field and announced with it; marks the field invalid. */
  error?: string
  hint?: string
  required?: boolean
  children: (aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string; required?: boolean }) => ReactNode
}

/** A labelled field whose hint and error are tied to the control (aria-describedby). */
export default function FormField({ id, label, error, hint, required, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-status-expired">
            *
          </span>
        )}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, required })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-status-expired" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
