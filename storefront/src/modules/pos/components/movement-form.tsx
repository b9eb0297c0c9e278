"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef, useState } from "react"
import { useFormStatus } from "react-dom"
import { recordMovement, type MovementState } from "@/lib/data/pos-actions"
import { INPUT_CLASS } from "@/modules/common/components/form-field"
import type { PosMovementKind, PosPoint, PosStockItem } from "@/types/pos"

function Submit() {
  const t = useTranslations("pos.stock.form")
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      disabled={pending}
      data-testid="pos-movement-submit"
      className="inline-flex min-h-12 w-full items-center justify-center rounded-xl bg-brand-700 px-6 text-base font-semibold text-white hover:bg-brand-800 disabled:bg-muted/40 sm:w-auto"
    >
      {pending ? t("pending") : t("submit")}
    </button>
  )
}

/** Receive from a producer, transfer to another point, return to the producer: one recorded movement. */
export default function MovementForm({ point, otherPoints, stock }: { point: PosPoint; otherPoints: PosPoint[]; stock: PosStockItem[] }) {
  const t = useTranslations("pos.stock.form")
  const [state, action] = useActionState<MovementState, FormData>(recordMovement, {})
  const [kind, setKind] = useState<PosMovementKind>("receive")
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.ok) formRef.current?.reset()
  }, [state.ok])

  return (
    <form ref={formRef} action={action} className="space-y-4" data-testid="pos-movement-form" aria-labelledby="pos-movement-title">
      <h2 id="pos-movement-title" className="font-display text-xl font-bold text-brand-900">
        {t("title")}
      </h2>
      <input type="hidden" name="point_id" value={point.id} />
      <fieldset>
        <legend className="text-sm font-semibold">{t("kind")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3 lg:grid-cols-1">
          {(["receive", "transfer", "return"] as const).map((k) => (
            <label
              key={k}
              className="flex min-h-12 cursor-pointer items-center gap-2 rounded-xl px-3 font-semibold ring-1 ring-line has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
            >
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                data-testid={`pos-movement-${k}`}
                className="size-5 accent-brand-700"
              />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </div>
        <p className="mt-1.5 text-sm text-muted">{t(`hints.${kind}`)}</p>
      </fieldset>

      {kind === "transfer" && (
        <div className="space-y-1.5">
          <label htmlFor="pos-to-point" className="block text-sm font-medium">
            {t("toPoint")}
          </label>
          {otherPoints.length > 0 ? (
            <select id="pos-to-point" name="to_point_id" required className={`${INPUT_CLASS} min-h-12`} data-testid="pos-to-point">
              {otherPoints.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          ) : (
            <input
              id="pos-to-point"
              name="to_point_id"
              required
              className={`${INPUT_CLASS} min-h-12`}
              placeholder={t("toPointId")}
              data-testid="pos-to-point"
            />
          )}
        </div>
      )}

      {kind === "receive" && (
        <div className="grid items-end gap-2 sm:grid-cols-[1fr_8rem]">
          <div className="space-y-1.5">
            <label htmlFor="pos-receive-code" className="block text-sm font-medium">
              {t("code")}
            </label>
            <input
              id="pos-receive-code"
              name="code"
              autoComplete="off"
              className={`${INPUT_CLASS} min-h-12`}
              data-testid="pos-receive-code"
            />
          </div>
          <div className="space-y-1.5">
            <label htmlFor="pos-receive-qty" className="block text-sm font-medium">
              {t("quantity")}
            </label>
            <input
              id="pos-receive-qty"
              name="code_qty"
              type="number"
              min={0}
              inputMode="numeric"
              className={`${INPUT_CLASS} min-h-12`}
              data-testid="pos-receive-qty"
            />
          </div>
        </div>
      )}

      {stock.length > 0 && (
        <fieldset>
          <legend className="text-sm font-semibold">{t(kind === "receive" ? "itemsReceive" : "itemsOut")}</legend>
          <ul className="mt-2 divide-y divide-line rounded-xl ring-1 ring-line">
            {stock.map((item) => (
              <li key={item.variant_id} className="flex items-center justify-between gap-3 px-3 py-2">
                <label htmlFor={`qty-${item.variant_id}`} className="min-w-0 flex-1 text-sm">
                  <span className="font-medium">{item.title}</span>
                  {item.variant_title && item.variant_title !== "Default" && <span className="text-muted"> · {item.variant_title}</span>}
                  <span className="block text-xs text-muted">{t("here", { count: item.quantity })}</span>
                </label>
                <div className="w-24 shrink-0">
                  {item.producer_id && <input type="hidden" name={`producer:${item.variant_id}`} value={item.producer_id} />}
                  <input
                    id={`qty-${item.variant_id}`}
                    name={`qty:${item.variant_id}`}
                    type="number"
                    min={0}
                    max={kind === "receive" ? undefined : item.quantity}
                    inputMode="numeric"
                    placeholder="0"
                    className={`${INPUT_CLASS} min-h-11 text-right`}
                    data-testid="pos-movement-qty"
                  />
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <div className="space-y-1.5">
        <label htmlFor="pos-movement-note" className="block text-sm font-medium">
          {t("note")}
        </label>
        <input id="pos-movement-note" name="note" className={`${INPUT_CLASS} min-h-12`} />
      </div>

      {state.error && (
        <p
          role="alert"
          data-testid="pos-movement-error"
          className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired"
        >
          {state.message || t(`errors.${state.error}`)}
        </p>
      )}
      {state.ok && !state.error && (
        <p role="status" data-testid="pos-movement-ok" className="rounded-lg bg-brand-50 p-3 text-sm font-medium text-brand-800">
          {t("ok")}
        </p>
      )}
      <Submit />
    </form>
  )
}
