"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { markShipped, type PortalFormState } from "@/lib/data/producer-actions"
import FormField, { INPUT_CLASS } from "@/modules/common/components/form-field"
import { FormAlert, SubmitButton, useKeepValuesSubmit } from "./form-bits"

/** Marks the producer's own unshipped lines of an order as shipped, with the carrier's tracking number. */
export default function ShipForm({ orderId, lineIds }: { orderId: string; lineIds: string[] }) {
  const t = useTranslations("producer.orders")
  const [state, action, pending] = useActionState<PortalFormState, FormData>(markShipped, {})
  const onSubmit = useKeepValuesSubmit(action)
  const e = state.errors ?? {}
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-2xl border border-line bg-white p-4 sm:p-5" data-testid="ship-form">
      <input type="hidden" name="order_id" value={orderId} />
      {lineIds.map((id) => (
        <input key={id} type="hidden" name="line_item_ids" value={id} />
      ))}
      <FormAlert message={state.message && !e.tracking_number ? state.message : undefined} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="ship-tracking" label={t("tracking")} error={e.tracking_number} required>
          {(aria) => (
            <input
              {...aria}
              name="tracking_number"
              autoCapitalize="characters"
              defaultValue={state.values?.tracking_number}
              className={INPUT_CLASS}
            />
          )}
        </FormField>
        <FormField id="ship-carrier" label={t("carrier")} error={e.carrier}>
          {(aria) => (
            <input
              {...aria}
              name="carrier"
              defaultValue={state.values?.carrier}
              placeholder="VNPost, Viettel Post…"
              className={INPUT_CLASS}
            />
          )}
        </FormField>
      </div>
      <SubmitButton label={t("markShipped")} pending={t("marking")} testId="mark-shipped" busy={pending} className="w-full sm:w-auto" />
    </form>
  )
}
