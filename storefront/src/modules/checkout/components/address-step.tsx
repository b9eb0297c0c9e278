"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef } from "react"
import { useFormStatus } from "react-dom"
import { saveAddress, type AddressState } from "@/lib/data/checkout"
import FormField, { INPUT_CLASS, PRIMARY_BUTTON } from "@/modules/common/components/form-field"
import AddressFields from "./address-fields"

function Submit() {
  const t = useTranslations("checkout")
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} w-full sm:w-auto`} data-testid="checkout-address-submit">
      {pending ? t("saving") : t("address.submit")}
    </button>
  )
}

/** Step 1: contact email and the delivery address. */
export default function AddressStep({ initial }: { initial: Record<string, string> }) {
  const t = useTranslations("checkout")
  const [state, action] = useActionState<AddressState, FormData>(saveAddress, { values: initial })
  const values = state.values ?? initial
  const errors = state.errors ?? {}
  const count = Object.keys(errors).length
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (count > 0 || state.message) summary.current?.focus()
  }, [state, count])

  return (
    <form action={action} noValidate className="space-y-5" data-testid="checkout-address-form">
      {(count > 0 || state.message) && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired"
        >
          {state.message ?? t("errors.summary", { count })}
        </div>
      )}
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold uppercase tracking-wide text-muted">{t("address.contact")}</legend>
        <FormField
          id="checkout-email"
          label={t("address.email")}
          hint={t("address.emailHint")}
          error={errors.email ? t(`errors.${errors.email}` as Parameters<typeof t>[0]) : undefined}
          required
        >
          {(aria) => <input {...aria} name="email" type="email" autoComplete="email" defaultValue={values.email} className={INPUT_CLASS} />}
        </FormField>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold uppercase tracking-wide text-muted">{t("address.delivery")}</legend>
        <AddressFields idPrefix="checkout" values={values} errors={errors} />
      </fieldset>
      <Submit />
    </form>
  )
}
