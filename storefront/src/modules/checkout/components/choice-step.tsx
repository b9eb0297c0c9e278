"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { useFormStatus } from "react-dom"
import type { StepState } from "@/lib/data/checkout"
import { PRIMARY_BUTTON } from "@/modules/common/components/form-field"

export type Choice = { value: string; label: string; detail?: string; aside?: string; testId?: string }

function Submit({ label }: { label: string }) {
  const t = useTranslations("checkout")
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} w-full sm:w-auto`} data-testid="checkout-step-submit">
      {pending ? t("saving") : label}
    </button>
  )
}

type Props = {
  action: (state: StepState, formData: FormData) => Promise<StepState>
  name: string
  legend: string
  choices: Choice[]
  selected?: string
  submitLabel: string
  testId: string
}

/** A radio-group step (delivery option, payment method) submitted to a server action. */
export default function ChoiceStep({ action, name, legend, choices, selected, submitLabel, testId }: Props) {
  const t = useTranslations("checkout")
  const [state, formAction] = useActionState<StepState, FormData>(action, {})
  const errorId = `${testId}-error`
  return (
    <form action={formAction} className="space-y-4" data-testid={testId}>
      <fieldset aria-describedby={state.message ? errorId : undefined}>
        <legend className="sr-only">{legend}</legend>
        <div className="grid gap-2.5">
          {choices.map((c, i) => (
            <label
              key={c.value}
              data-testid={c.testId}
              className="flex cursor-pointer items-start gap-3 rounded-xl bg-white p-4 ring-1 ring-line has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
            >
              <input
                type="radio"
                name={name}
                value={c.value}
                defaultChecked={selected ? selected === c.value : i === 0}
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <span className="min-w-0 flex-1">
                <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="font-semibold text-ink">{c.label}</span>
                  {c.aside && <span className="tabular-nums font-semibold text-brand-800">{c.aside}</span>}
                </span>
                {c.detail && <span className="mt-0.5 block text-sm text-muted">{c.detail}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {state.message && (
        <p id={errorId} key={state.at} role="alert" className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired">
          {state.message === "choose" ? t("errors.choose") : state.message}
        </p>
      )}
      <Submit label={submitLabel} />
    </form>
  )
}
