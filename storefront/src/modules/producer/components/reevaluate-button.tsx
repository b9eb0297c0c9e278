"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { fileReevaluation, type PortalFormState } from "@/lib/data/producer-actions"
import { FormAlert, SubmitButton } from "./form-bits"

/** Files the re-evaluation dossier of a certificate inside its 180–120-day window. */
export default function ReevaluateButton({ certificateId }: { certificateId: string }) {
  const t = useTranslations("producer.certificates")
  const [state, action] = useActionState<PortalFormState, FormData>(fileReevaluation, {})
  return (
    <form action={action} className="space-y-2" data-testid="reevaluate-form">
      <input type="hidden" name="certificate_id" value={certificateId} />
      <FormAlert message={state.message} />
      <FormAlert message={state.done ? t("reevaluated") : undefined} tone="success" testId="reevaluated" />
      <SubmitButton label={t("reevaluate")} pending={t("reevaluating")} testId="reevaluate" className="w-full sm:w-auto" />
    </form>
  )
}
