"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { decideConsignment, type ConsignmentDecisionState } from "@/lib/data/consignment-actions"
import { FormAlert, SubmitButton } from "./form-bits"

/** Confirm (goods may leave the producer's store) or refuse, with an optional reason. */
export default function ConsignmentDecision({ consignmentId }: { consignmentId: string }) {
  const t = useTranslations("producer.consignments")
  const [state, action] = useActionState<ConsignmentDecisionState, FormData>(decideConsignment, {})
  return (
    <div className="space-y-2">
      <FormAlert message={state.message} />
      <div className="flex flex-wrap items-end gap-2">
        <form action={action} data-testid="consignment-confirm-form">
          <input type="hidden" name="consignment_id" value={consignmentId} />
          <input type="hidden" name="decision" value="confirm" />
          <SubmitButton label={t("confirm")} pending={t("saving")} testId="consignment-confirm" />
        </form>
        <form action={action} className="flex flex-wrap items-end gap-2" data-testid="consignment-refuse-form">
          <input type="hidden" name="consignment_id" value={consignmentId} />
          <input type="hidden" name="decision" value="refuse" />
          <label className="text-sm">
            <span className="block font-medium">{t("reason")}</span>
            <input
              name="reason"
              maxLength={500}
              className="min-h-11 rounded-md border border-line px-3"
              data-testid="consignment-refuse-reason"
            />
          </label>
          <SubmitButton label={t("refuse")} pending={t("saving")} testId="consignment-refuse" />
        </form>
      </div>
    </div>
  )
}
