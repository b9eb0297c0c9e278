"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef } from "react"
import { useFormStatus } from "react-dom"
import { placeOrder, type PlaceOrderState } from "@/lib/data/checkout"
import { PRIMARY_BUTTON } from "@/modules/common/components/form-field"

function Submit({ label }: { label: string }) {
  const t = useTranslations("checkout.review")
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} w-full text-base`} data-testid="place-order">
      {pending ? t("placing") : label}
    </button>
  )
}

/** The last step's button: completes the cart; a refusal is announced and the cart kept. */
export default function PlaceOrder({ label }: { label: string }) {
  const t = useTranslations("checkout.review")
  const [state, action] = useActionState<PlaceOrderState, FormData>(placeOrder, {})
  const alert = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.message !== undefined) alert.current?.focus()
  }, [state])
  return (
    <form action={action} className="space-y-3">
      {state.message !== undefined && (
        <div
          key={state.at}
          ref={alert}
          tabIndex={-1}
          role="alert"
          data-testid="place-order-error"
          data-refusal={state.refusal}
          className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired"
        >
          <p>{state.message || t("failed")}</p>
          {state.refusal === "busy" && <p className="mt-1 font-normal">{t("busyHint")}</p>}
          {(state.refusal === "out_of_stock" || state.refusal === "not_sellable") && <p className="mt-1 font-normal">{t("fixCartHint")}</p>}
        </div>
      )}
      <Submit label={label} />
    </form>
  )
}
