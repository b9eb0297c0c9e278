"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef } from "react"
import { useFormStatus } from "react-dom"
import { login, register, type AuthState } from "@/lib/data/customer"
import FormField, { INPUT_CLASS, PRIMARY_BUTTON } from "@/modules/common/components/form-field"

function Submit({ label, pending: pendingLabel, testId }: { label: string; pending: string; testId: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} w-full`} data-testid={testId}>
      {pending ? pendingLabel : label}
    </button>
  )
}

function useErrorFocus(state: AuthState) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (state.error) ref.current?.focus()
  }, [state])
  return ref
}

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("account")
  const [state, action] = useActionState<AuthState, FormData>(login, {})
  const errorRef = useErrorFocus(state)
  return (
    <form action={action} noValidate className="space-y-4" data-testid="login-form" aria-labelledby="login-title">
      <h2 id="login-title" className="font-display text-xl font-bold text-brand-900">
        {t("login.title")}
      </h2>
      {next && <input type="hidden" name="next" value={next} />}
      {state.error && (
        <p
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired"
        >
          {t(`errors.${state.error}`)}
        </p>
      )}
      <FormField id="login-email" label={t("fields.email")} required>
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" defaultValue={state.email} className={INPUT_CLASS} />}
      </FormField>
      <FormField id="login-password" label={t("fields.password")} required>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="current-password" className={INPUT_CLASS} />}
      </FormField>
      <Submit label={t("login.submit")} pending={t("login.pending")} testId="login-submit" />
    </form>
  )
}

export function RegisterForm({ next }: { next?: string }) {
  const t = useTranslations("account")
  const [state, action] = useActionState<AuthState, FormData>(register, {})
  const errorRef = useErrorFocus(state)
  return (
    <form action={action} noValidate className="space-y-4" data-testid="register-form" aria-labelledby="register-title">
      <h2 id="register-title" className="font-display text-xl font-bold text-brand-900">
        {t("register.title")}
      </h2>
      <p className="text-sm text-muted">{t("register.why")}</p>
      {next && <input type="hidden" name="next" value={next} />}
      {state.error && (
        <p
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired"
        >
          {state.error === "other" && state.message ? state.message : t(`errors.${state.error}`)}
        </p>
      )}
      <FormField id="register-name" label={t("fields.fullName")} required>
        {(aria) => <input {...aria} name="full_name" autoComplete="name" className={INPUT_CLASS} />}
      </FormField>
      <FormField id="register-email" label={t("fields.email")} required>
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" defaultValue={state.email} className={INPUT_CLASS} />}
      </FormField>
      <FormField id="register-password" label={t("fields.newPassword")} hint={t("fields.passwordHint")} required>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="new-password" minLength={8} className={INPUT_CLASS} />}
      </FormField>
      <Submit label={t("register.submit")} pending={t("register.pending")} testId="register-submit" />
    </form>
  )
}
