"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { inviteMember, type PortalFormState } from "@/lib/data/producer-actions"
import FormField, { INPUT_CLASS } from "@/modules/common/components/form-field"
import { FormAlert, SubmitButton } from "./form-bits"

/** The owner invites a second member; the link carries the one-time invite token. */
export default function InviteForm({ registerUrl }: { registerUrl: string }) {
  const t = useTranslations("producer.members")
  const [state, action] = useActionState<PortalFormState, FormData>(inviteMember, {})
  const e = state.errors ?? {}
  const link = state.result ? `${registerUrl}?invite=${encodeURIComponent(state.result)}` : null
  return (
    <form action={action} noValidate className="space-y-3 rounded-2xl border border-line bg-white p-4 sm:p-5" data-testid="invite-form">
      <FormAlert message={state.message && !e.email ? state.message : undefined} />
      <FormField id="invite-email" label={t("email")} error={e.email} required>
        {(aria) => (
          <input {...aria} name="email" type="email" autoComplete="off" defaultValue={state.values?.email} className={INPUT_CLASS} />
        )}
      </FormField>
      <SubmitButton label={t("invite")} pending={t("inviting")} testId="invite-submit" className="w-full sm:w-auto" />
      {link && (
        <div role="status" className="space-y-1 rounded-lg bg-status-valid/10 p-3 text-sm text-status-valid">
          <p className="font-medium">{t("invited")}</p>
          <p className="break-all font-mono text-xs text-ink" data-testid="invite-link">
            {link}
          </p>
        </div>
      )}
    </form>
  )
}
