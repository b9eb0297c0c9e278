"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { producerLogin, producerRegister, type ProducerAuthState } from "@/lib/data/producer-actions"
import FormField, { INPUT_CLASS } from "@/modules/common/components/form-field"
import { FormAlert, SubmitButton } from "./form-bits"

export function ProducerLoginForm() {
  const t = useTranslations("producer")
  const [state, action] = useActionState<ProducerAuthState, FormData>(producerLogin, {})
  return (
    <form action={action} noValidate className="space-y-4" data-testid="producer-login-form">
      <FormAlert message={state.error ? t(`authErrors.${state.error}`) : undefined} />
      <FormField id="producer-login-email" label={t("fields.email")} required>
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" defaultValue={state.email} className={INPUT_CLASS} />}
      </FormField>
      <FormField id="producer-login-password" label={t("fields.password")} required>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="current-password" className={INPUT_CLASS} />}
      </FormField>
      <SubmitButton label={t("login.submit")} pending={t("login.pending")} testId="producer-login-submit" className="w-full" />
    </form>
  )
}

export function ProducerRegisterForm({ invite }: { invite?: string }) {
  const t = useTranslations("producer")
  const [state, action] = useActionState<ProducerAuthState, FormData>(producerRegister, {})
  const message = state.error
    ? (state.error === "other" || state.error === "password") && state.message
      ? state.message
      : t(`authErrors.${state.error}`)
    : undefined
  return (
    <form action={action} noValidate className="space-y-4" data-testid="producer-register-form">
      {invite && <input type="hidden" name="invite" value={invite} />}
      <FormAlert message={message} />
      <FormField
        id="producer-register-email"
        label={t("fields.email")}
        error={state.error === "email" ? t("authErrors.email") : undefined}
        required
      >
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" defaultValue={state.email} className={INPUT_CLASS} />}
      </FormField>
      <FormField
        id="producer-register-password"
        label={t("fields.password")}
        hint={t("fields.passwordHint")}
        error={state.error === "password" ? t("authErrors.password") : undefined}
        required
      >
        {(aria) => <input {...aria} name="password" type="password" autoComplete="new-password" minLength={8} className={INPUT_CLASS} />}
      </FormField>
      <SubmitButton label={t("register.submit")} pending={t("register.pending")} testId="producer-register-submit" className="w-full" />
    </form>
  )
}
