"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef } from "react"
import { useFormStatus } from "react-dom"
import { posLogin, type PosLoginState } from "@/lib/data/pos-actions"
import FormField, { INPUT_CLASS, PRIMARY_BUTTON } from "@/modules/common/components/form-field"

function Submit() {
  const t = useTranslations("pos.login")
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} min-h-12 w-full text-base`} data-testid="pos-login-submit">
      {pending ? t("pending") : t("submit")}
    </button>
  )
}

/** Staff login (emailpass of the `sales_point` actor); the token goes into an httpOnly cookie. */
export default function PosLoginForm({ next }: { next?: string }) {
  const t = useTranslations("pos.login")
  const [state, action] = useActionState<PosLoginState, FormData>(posLogin, {})
  const errorRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (state.error) errorRef.current?.focus()
  }, [state])
  return (
    <form action={action} noValidate className="space-y-4" data-testid="pos-login-form">
      {next && <input type="hidden" name="next" value={next} />}
      {state.error && (
        <p
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired"
          data-testid="pos-login-error"
        >
          {(state.error === "locked" && state.message) || t(`errors.${state.error}`)}
        </p>
      )}
      <FormField id="pos-email" label={t("email")} required>
        {(aria) => (
          <input
            {...aria}
            name="email"
            type="email"
            autoComplete="username"
            defaultValue={state.email}
            className={`${INPUT_CLASS} min-h-12`}
          />
        )}
      </FormField>
      <FormField id="pos-password" label={t("password")} required>
        {(aria) => (
          <input {...aria} name="password" type="password" autoComplete="current-password" className={`${INPUT_CLASS} min-h-12`} />
        )}
      </FormField>
      <Submit />
    </form>
  )
}
