"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { badgeStars } from "@/lib/pos"
import StarBadge from "@/modules/common/components/star-badge"
import type { PosStockItem } from "@/types/pos"

/**
 * Choose products and a sheet (shelf labels or QR stickers): the PDF opens in a new tab from
 * the storefront's own route, which adds the staff token on the server.
 */
export default function LabelsForm({ pointId, stock }: { pointId: string; stock: PosStockItem[] }) {
  const t = useTranslations("pos.labels")
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const all = chosen.size === stock.length && stock.length > 0

  function toggle(id: string) {
    setChosen((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }

  if (stock.length === 0) return <p className="mt-3 text-muted">{t("empty")}</p>

  return (
    <form
      method="get"
      action={`/api/pos/${encodeURIComponent(pointId)}/labels`}
      target="_blank"
      className="mt-4 space-y-4"
      data-testid="pos-labels-form"
    >
      <fieldset>
        <legend className="text-sm font-semibold">{t("format")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {(["shelf", "qr"] as const).map((f) => (
            <label
              key={f}
              className="flex min-h-12 cursor-pointer items-center gap-2 rounded-xl px-3 font-semibold ring-1 ring-line has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
            >
              <input
                type="radio"
                name="format"
                value={f}
                defaultChecked={f === "shelf"}
                className="size-5 accent-brand-700"
                data-testid={`pos-labels-${f}`}
              />
              <span>
                {t(`formats.${f}`)}
                <span className="block text-xs font-normal text-muted">{t(`formats.${f}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="flex w-full items-center justify-between gap-2 text-sm font-semibold">
          {t("products", { count: chosen.size })}
        </legend>
        <button
          type="button"
          onClick={() => setChosen(all ? new Set() : new Set(stock.map((s) => s.variant_id)))}
          className="mt-2 min-h-11 rounded-lg px-3 text-sm font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50"
          data-testid="pos-labels-all"
        >
          {all ? t("none") : t("all")}
        </button>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {stock.map((item) => {
            const stars = badgeStars(item.ocop ? { ...item.ocop, verification_code: null } : null)
            return (
              <li key={item.variant_id}>
                <label className="flex min-h-14 cursor-pointer items-center gap-3 rounded-xl px-3 py-2 ring-1 ring-line has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600">
                  <input
                    type="checkbox"
                    name="variant_id"
                    value={item.variant_id}
                    checked={chosen.has(item.variant_id)}
                    onChange={() => toggle(item.variant_id)}
                    className="size-5 shrink-0 accent-brand-700"
                    data-testid="pos-labels-item"
                  />
                  <span className="min-w-0 flex-1 text-sm">
                    <span className="font-medium">{item.title}</span>
                    {item.variant_title && item.variant_title !== "Default" && <span className="text-muted"> · {item.variant_title}</span>}
                  </span>
                  {stars && <StarBadge stars={stars} size="sm" />}
                </label>
              </li>
            )
          })}
        </ul>
      </fieldset>
      <button
        type="submit"
        disabled={chosen.size === 0}
        data-testid="pos-labels-submit"
        className="inline-flex min-h-12 w-full items-center justify-center rounded-xl bg-brand-700 px-6 text-base font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-muted/40 disabled:text-ink/70 sm:w-auto"
      >
        {t("open")}
      </button>
    </form>
  )
}
