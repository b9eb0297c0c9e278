"use client"

import { passwordMessage, PASSWORD_MIN_LENGTH } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import { useActionState, useEffect, useRef, useState } from "react"
import { useFormStatus } from "react-dom"
import { posAcceptInvite, type PosInviteState } from "@/lib/data/pos-actions"
import { localizeBackendMessage } from "@/lib/shop"
import FormField, { INPUT_CLASS, PRIMARY_BUTTON } from "@/modules/common/components/form-field"

function Submit() {
  const t = useTranslations("pos.invite")
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} min-h-12 w-full text-base`} data-testid="pos-invite-submit">
      {pending ? t("pending") : t("submit")}
    </button>
  )
}

/** Sets the invited staff member's password: the same rule as the backend, shown as they type. */
export default function PosInviteForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("pos.invite")
  const lang = useLocale() === "en" ? "en" : "vi"
  const [state, action] = useActionState<PosInviteState, FormData>(posAcceptInvite.bind(null, token, email), {})
  const [password, setPassword] = useState("")
  const errorRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (state.error) errorRef.current?.focus()
  }, [state])
  const problem = password ? passwordMessage(password, email) : null
  return (
    <form action={action} noValidate className="space-y-4" data-testid="pos-invite-form">
      {state.error && (
        <p
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired"
          data-testid="pos-invite-error"
        >
          {state.message ?? t(`errors.${state.error}`)}
        </p>
      )}
      <FormField id="pos-invite-email" label={t("email")}>
        {(aria) => (
          <input
            {...aria}
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            readOnly
            className={`${INPUT_CLASS} min-h-12 bg-brand-50`}
          />
        )}
      </FormField>
      <FormField
        id="pos-invite-password"
        label={t("password")}
        hint={t("hint", { min: PASSWORD_MIN_LENGTH })}
        error={problem ? localizeBackendMessage(problem, lang) : undefined}
        required
      >
        {(aria) => (
          <input
            {...aria}
            name="password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={`${INPUT_CLASS} min-h-12`}
          />
        )}
      </FormField>
      <FormField id="pos-invite-confirm" label={t("confirm")} required>
        {(aria) => <input {...aria} name="confirm" type="password" autoComplete="new-password" className={`${INPUT_CLASS} min-h-12`} />}
      </FormField>
      <Submit />
    </form>
  )
}
