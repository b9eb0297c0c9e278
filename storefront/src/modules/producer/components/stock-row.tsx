"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveStock, type PortalFormState } from "@/lib/data/producer-actions"
import type { InventoryRow } from "@/lib/data/producer"
import { INPUT_CLASS } from "@/modules/common/components/form-field"
import { useKeepValuesSubmit } from "./form-bits"

const STEP =
  "inline-flex size-11 shrink-0 items-center justify-center rounded-full bg-white text-xl font-bold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50 disabled:opacity-50"

/** One variant at one warehouse: − / + for a quick count, or a figure typed and set. */
export default function StockRow({ row, low }: { row: InventoryRow; low: boolean }) {
  const t = useTranslations("producer.stock")
  const [state, action, pending] = useActionState<PortalFormState, FormData>(saveStock, {})
  const onSubmit = useKeepValuesSubmit(action)
  const name = [row.product_title, row.variant_title].filter(Boolean).join(" – ")
  const inputId = `stock-${row.variant_id}-${row.location_id}`
  const error = state.errors?.stocked_quantity ?? state.message
  return (
    <li className="space-y-2 rounded-2xl border border-line bg-white p-4 shadow-sm" data-testid="stock-row" data-sku={row.sku ?? ""}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <p className="font-semibold text-ink">{name}</p>
          <p className="text-xs text-muted">{[row.sku, row.location_name].filter(Boolean).join(" · ")}</p>
        </div>
        {low && (
          <span className="rounded-full bg-status-expiring-soon/10 px-2 py-0.5 text-xs font-semibold text-status-expiring-soon">
            {t("low")}
          </span>
        )}
      </div>
      <dl className="grid grid-cols-3 gap-2 text-center text-xs">
        <div className="rounded-lg bg-paper p-2">
          <dt className="text-muted">{t("stocked")}</dt>
          <dd className="text-lg font-bold text-ink" data-testid="stocked">
            {row.stocked_quantity}
          </dd>
        </div>
        <div className="rounded-lg bg-paper p-2">
          <dt className="text-muted">{t("reserved")}</dt>
          <dd className="text-lg font-bold text-ink">{row.reserved_quantity}</dd>
        </div>
        <div className="rounded-lg bg-paper p-2">
          <dt className="text-muted">{t("available")}</dt>
          <dd className="text-lg font-bold text-ink" data-testid="available">
            {row.available}
          </dd>
        </div>
      </dl>
      <form onSubmit={onSubmit} className="flex items-center gap-2">
        <input type="hidden" name="variant_id" value={row.variant_id} />
        <input type="hidden" name="location_id" value={row.location_id} />
        <input type="hidden" name="current" value={row.stocked_quantity} />
        <button
          type="submit"
          name="delta"
          value="-1"
          disabled={pending || row.stocked_quantity <= 0}
          className={STEP}
          aria-label={t("decrease", { name })}
        >
          −
        </button>
        <button type="submit" name="delta" value="1" disabled={pending} className={STEP} aria-label={t("increase", { name })}>
          +
        </button>
        <label htmlFor={inputId} className="sr-only">
          {t("setLabel", { name })}
        </label>
        <input
          id={inputId}
          name="stocked_quantity"
          inputMode="numeric"
          defaultValue={row.stocked_quantity}
          key={row.stocked_quantity}
          aria-invalid={error ? true : undefined}
          className={`${INPUT_CLASS} w-24 min-w-0 flex-1 text-center`}
        />
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 items-center rounded-full bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-50"
        >
          {t("set")}
        </button>
      </form>
      <p aria-live="polite" className={`text-sm ${error ? "font-medium text-status-expired" : "text-status-valid"}`}>
        {error ?? (state.done ? t("saved") : "")}
      </p>
    </li>
  )
}
