"use client"

import { CONSIGNMENT_STATUS_LABELS } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import type { Consignment } from "@/lib/data/consignments"
import { receiveConsignmentAtPoint, requestConsignmentAtPoint, type ConsignmentActionState } from "@/lib/data/pos-consignment-actions"

const INPUT = "min-h-12 w-full rounded-lg border border-line px-3"
const BUTTON = "min-h-12 rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:opacity-60"

function Message({ state }: { state: ConsignmentActionState }) {
  const t = useTranslations("pos.consignments")
  if (state.ok)
    return (
      <p role="status" className="text-sm text-brand-800" data-testid="pos-consignment-ok">
        {t("done")}
      </p>
    )
  if (!state.error) return null
  return (
    <p role="alert" className="text-sm text-status-revoked" data-testid="pos-consignment-error">
      {state.message ?? t(`errors.${state.error}`)}
    </p>
  )
}

function ReceiveButton({ pointId, consignmentId }: { pointId: string; consignmentId: string }) {
  const t = useTranslations("pos.consignments")
  const [state, action, pending] = useActionState(receiveConsignmentAtPoint, {})
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="point_id" value={pointId} />
      <input type="hidden" name="consignment_id" value={consignmentId} />
      <button type="submit" className={BUTTON} disabled={pending} data-testid="pos-consignment-receive">
        {t("receive")}
      </button>
      <Message state={state} />
    </form>
  )
}

/** Ask a producer for goods (scan or type the product code), then receive what the producer confirmed. */
export default function ConsignmentPanel({ pointId, consignments }: { pointId: string; consignments: Consignment[] }) {
  const t = useTranslations("pos.consignments")
  const lang = useLocale() === "en" ? "en" : "vi"
  const [state, action, pending] = useActionState(requestConsignmentAtPoint, {})
  return (
    <section
      aria-labelledby="pos-consignments-title"
      className="space-y-3 rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5"
      data-testid="pos-consignments"
    >
      <h2 id="pos-consignments-title" className="font-display text-lg font-bold text-brand-900">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      <form action={action} className="grid gap-2 sm:grid-cols-[1fr_8rem_auto] sm:items-end" data-testid="pos-consignment-request">
        <input type="hidden" name="point_id" value={pointId} />
        <label className="text-sm font-medium">
          {t("code")}
          <input name="code" autoComplete="off" className={INPUT} data-testid="pos-consignment-code" />
        </label>
        <label className="text-sm font-medium">
          {t("quantity")}
          <input name="quantity" inputMode="numeric" className={INPUT} data-testid="pos-consignment-quantity" />
        </label>
        <button type="submit" className={BUTTON} disabled={pending} data-testid="pos-consignment-submit">
          {t("request")}
        </button>
      </form>
      <Message state={state} />
      {consignments.length > 0 && (
        <ul className="divide-y divide-line text-sm">
          {consignments.map((c) => (
            <li key={c.id} className="space-y-1 py-2" data-testid="pos-consignment" data-status={c.status}>
              <p className="font-medium">
                {c.producer.name ?? c.producer.id} · {CONSIGNMENT_STATUS_LABELS[c.status][lang]}
              </p>
              <p className="text-muted">{c.lines.map((l) => `${l.quantity} × ${l.product_title ?? l.sku ?? l.variant_id}`).join(", ")}</p>
              {c.refusal_reason && <p className="text-muted">{c.refusal_reason}</p>}
              {c.allowed_transitions.includes("received") && <ReceiveButton pointId={pointId} consignmentId={c.id} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
