"use client"

import { formatVnd } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import { badgeStars, notSellableReason } from "@/lib/pos"
import StarBadge from "@/modules/common/components/star-badge"
import type { PosLookupResult } from "@/types/pos"

type Props = {
  result: PosLookupResult
  inBasket: number
  onAdd: (result: PosLookupResult) => void
}

/** What the counter knows of one scanned item: badge, may it be sold, price, stock here and elsewhere. */
export default function LookupCard({ result, inBasket, onAdd }: Props) {
  const t = useTranslations("pos.counter.result")
  const locale = useLocale()
  const stars = badgeStars(result.ocop)
  const reason = (() => {
    if (result.sellable) return ""
    if (locale === "vi" && result.reason_vi) return notSellableReason(result)
    if (result.ocop && !result.ocop.listable) {
      const key = `reasons.${result.ocop.certificate_status}` as "reasons.other"
      return t.has(key) ? t(key) : t("reasons.other")
    }
    return result.ocop ? notSellableReason(result) || t("reasons.other") : t("reasons.noCertificate")
  })()
  const soldOut = result.sellable && result.stock_here <= 0
  const full = result.sellable && inBasket >= result.stock_here && result.stock_here > 0
  const canAdd = result.sellable && result.price !== null && !soldOut && !full

  return (
    <article
      data-testid="pos-result"
      data-variant-id={result.variant.id}
      data-sellable={result.sellable ? "true" : "false"}
      aria-labelledby={`pos-result-${result.variant.id}`}
      className={`rounded-2xl bg-white p-4 ring-1 sm:p-5 ${result.sellable ? "ring-line" : "ring-2 ring-status-revoked/40"}`}
    >
      <div className="flex gap-4">
        {result.product.thumbnail ? (
          // eslint-disable-next-line @next/next/no-img-element -- backend-hosted thumbnail, any host
          <img
            src={result.product.thumbnail}
            alt=""
            width={80}
            height={80}
            className="size-20 shrink-0 rounded-xl object-cover ring-1 ring-line"
          />
        ) : (
          <div aria-hidden="true" className="size-20 shrink-0 rounded-xl bg-brand-50 ring-1 ring-line" />
        )}
        <div className="min-w-0 flex-1">
          <h2 id={`pos-result-${result.variant.id}`} className="text-lg font-semibold leading-snug text-brand-900">
            {result.product.title}
            {result.variant.title && result.variant.title !== "Default" && (
              <span className="font-normal text-muted"> · {result.variant.title}</span>
            )}
          </h2>
          <p className="mt-0.5 break-all text-xs text-muted">
            {result.variant.sku && <>SKU {result.variant.sku}</>}
            {result.variant.barcode && <> · {result.variant.barcode}</>}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            {stars && <StarBadge stars={stars} />}
            {!result.ocop && <span className="rounded-full bg-line/60 px-2.5 py-1 text-xs font-medium text-ink">{t("localNonOcop")}</span>}
            {result.ocop?.verification_code && <span className="text-xs text-muted">{result.ocop.verification_code}</span>}
          </div>
        </div>
        <p className="shrink-0 text-right text-xl font-bold tabular-nums text-brand-900" data-testid="pos-result-price">
          {result.price === null ? <span className="text-sm font-medium text-muted">{t("noPrice")}</span> : formatVnd(result.price)}
        </p>
      </div>

      <p
        data-testid="pos-result-listability"
        className={`mt-3 rounded-lg px-3 py-2 font-semibold ${
          result.sellable ? "bg-status-valid/10 text-status-valid" : "bg-status-revoked/10 text-status-revoked"
        }`}
      >
        {result.sellable ? t("sellable") : t("notSellable", { reason })}
      </p>

      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
        <div className="rounded-lg bg-paper p-3 ring-1 ring-line">
          <dt className="text-muted">{t("stockHere")}</dt>
          <dd className="text-2xl font-bold tabular-nums text-ink" data-testid="pos-stock-here">
            {result.stock_here}
          </dd>
        </div>
        <div className="rounded-lg bg-paper p-3 ring-1 ring-line">
          <dt className="text-muted">{t("stockElsewhere")}</dt>
          <dd data-testid="pos-stock-elsewhere">
            {result.stock_elsewhere.length === 0 ? (
              <span className="text-muted">{t("none")}</span>
            ) : (
              <ul className="space-y-1">
                {result.stock_elsewhere.map((s) => (
                  <li key={s.point_id} className="flex justify-between gap-2 leading-snug">
                    <span className="min-w-0">{s.name}</span>
                    <span className="font-semibold tabular-nums">{s.quantity}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="rounded-lg bg-paper p-3 ring-1 ring-line">
          <dt className="text-muted">{t("stockProducer")}</dt>
          <dd className="text-2xl font-bold tabular-nums text-ink" data-testid="pos-stock-producer">
            {result.stock_at_producer ?? "—"}
          </dd>
        </div>
      </dl>

      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted" aria-live="polite">
          {soldOut ? t("soldOut") : full ? t("allInBasket") : inBasket > 0 ? t("inBasket", { count: inBasket }) : ""}
        </p>
        <button
          type="button"
          disabled={!canAdd}
          onClick={() => onAdd(result)}
          data-testid="pos-add"
          className="inline-flex min-h-12 items-center justify-center rounded-xl bg-brand-700 px-6 text-base font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-muted/40 disabled:text-ink/70"
        >
          {t("add")}
        </button>
      </div>
    </article>
  )
}
