"use client"

import { formatVnd } from "@ocop/domain"
import { useTranslations } from "next-intl"
import { useRef, useState, useTransition } from "react"
import { Link } from "@/i18n/navigation"
import { lookupAtPoint, sellAtPoint, type LookupResponse, type SaleResponse } from "@/lib/data/pos-actions"
import {
  addToBasket,
  basketCount,
  basketTotal,
  changeDue,
  parseCash,
  quickCashAmounts,
  setBasketQuantity,
  type BasketLine,
} from "@/lib/pos"
import { INPUT_CLASS } from "@/modules/common/components/form-field"
import type { PosLookupResult, PosPayment } from "@/types/pos"
import CameraScanner from "./camera-scanner"
import ConfirmTransferButton from "./confirm-transfer-button"
import LookupCard from "./lookup-card"

const BIG_BUTTON =
  "inline-flex min-h-12 items-center justify-center rounded-xl px-5 text-base font-semibold disabled:cursor-not-allowed disabled:bg-muted/40 disabled:text-ink/70"

/**
 * The counter: scan or type → what may be sold here and how many are left → basket → cash or
 * VietQR → receipt. Every call goes through server actions; the browser holds no token.
 */
export default function Counter({ pointId, open }: { pointId: string; open: boolean }) {
  const t = useTranslations("pos.counter")
  const entryRef = useRef<HTMLInputElement>(null)
  const [entry, setEntry] = useState("")
  const [lookup, setLookup] = useState<LookupResponse | null>(null)
  const [searching, startSearch] = useTransition()
  const [basket, setBasket] = useState<BasketLine[]>([])
  const [payment, setPayment] = useState<PosPayment>("cash")
  const [cashText, setCashText] = useState("")
  const [paying, startPaying] = useTransition()
  const [sale, setSale] = useState<SaleResponse | null>(null)

  const total = basketTotal(basket)
  const cash = cashText.trim() ? parseCash(cashText) : null
  const change = changeDue(total, cash ?? total)
  const cashShort = payment === "cash" && cashText.trim() !== "" && (cash === null || cash < total)
  const done = sale && "sale" in sale ? sale : null

  function runLookup(value: string) {
    const query = value.trim()
    if (!query) return
    startSearch(async () => {
      setLookup(await lookupAtPoint(pointId, query))
      entryRef.current?.select()
    })
  }

  function onScanned(code: string) {
    setEntry(code)
    runLookup(code)
  }

  function add(result: PosLookupResult) {
    if (done) {
      setSale(null)
      setCashText("")
    }
    setBasket((lines) => addToBasket(done ? [] : lines, result))
  }

  function pay() {
    if (basket.length === 0 || cashShort) return
    startPaying(async () => {
      const result = await sellAtPoint(pointId, {
        items: basket.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
        payment,
        cash_received: payment === "cash" ? (cash ?? total) : undefined,
      })
      setSale(result)
      if ("sale" in result) {
        setBasket([])
        // the stock shown on the cards is now stale: ask again for the last entry
        if (lookup?.query) setLookup(await lookupAtPoint(pointId, lookup.query))
      }
    })
  }

  function newSale() {
    setSale(null)
    setCashText("")
    setPayment("cash")
    entryRef.current?.focus()
  }

  const results = lookup && "results" in lookup ? lookup.results : []
  const lookupError = lookup && "error" in lookup ? lookup : null
  const saleError = sale && "error" in sale ? sale : null

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
      <section aria-labelledby="pos-check-title" className="space-y-4">
        <div className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5">
          <h1 id="pos-check-title" className="font-display text-xl font-bold text-brand-900 sm:text-2xl">
            {t("title")}
          </h1>
          <form
            aria-labelledby="pos-check-title"
            className="mt-3 flex flex-col gap-2 sm:flex-row"
            onSubmit={(e) => {
              e.preventDefault()
              runLookup(entry)
            }}
          >
            <label htmlFor="pos-entry" className="sr-only">
              {t("entryLabel")}
            </label>
            <input
              ref={entryRef}
              id="pos-entry"
              name="entry"
              value={entry}
              onChange={(e) => setEntry(e.target.value)}
              autoFocus
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              enterKeyHint="search"
              placeholder={t("entryPlaceholder")}
              aria-describedby="pos-entry-hint"
              data-testid="pos-entry"
              className={`${INPUT_CLASS} min-h-12 text-lg`}
            />
            <button
              type="submit"
              disabled={searching}
              data-testid="pos-lookup"
              className={`${BIG_BUTTON} shrink-0 whitespace-nowrap bg-brand-700 text-white hover:bg-brand-800`}
            >
              {searching ? t("searching") : t("lookup")}
            </button>
          </form>
          <p id="pos-entry-hint" className="mt-1.5 text-sm text-muted">
            {t("entryHint")}
          </p>
          <div className="mt-3">
            <CameraScanner onCode={onScanned} />
          </div>
        </div>

        <div aria-live="polite" aria-busy={searching} data-testid="pos-results" className="space-y-3">
          {lookupError && (
            <p role="alert" className="rounded-xl bg-status-expired/10 p-3 font-medium text-status-expired">
              {lookupError.error === "session" ? (
                <>
                  {t("errors.session")}{" "}
                  <Link href={`/pos/login?next=/pos/${pointId}`} className="underline">
                    {t("errors.login")}
                  </Link>
                </>
              ) : (
                lookupError.message || t("errors.lookup")
              )}
            </p>
          )}
          {lookup && !lookupError && results.length === 0 && (
            <p data-testid="pos-no-result" className="rounded-xl bg-white p-4 text-muted ring-1 ring-line">
              {t("noResult", { query: lookup.query })}
            </p>
          )}
          {results.length > 1 && <p className="text-sm text-muted">{t("resultCount", { count: results.length })}</p>}
          {results.map((r) => (
            <LookupCard
              key={r.variant.id}
              result={r}
              inBasket={basket.find((l) => l.variant_id === r.variant.id)?.quantity ?? 0}
              onAdd={add}
            />
          ))}
        </div>
      </section>

      <section
        aria-labelledby="pos-basket-title"
        className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5 lg:sticky lg:top-4"
        data-testid="pos-basket"
      >
        {done ? (
          <div data-testid="pos-sale-done" className="space-y-3">
            <h2 id="pos-basket-title" className="font-display text-xl font-bold text-brand-900">
              {t("done.title", { order: String(done.sale.display_id) })}
            </h2>
            <dl className="space-y-1 text-lg">
              <div className="flex justify-between gap-2">
                <dt>{t("done.total")}</dt>
                <dd className="font-bold tabular-nums" data-testid="pos-sale-total">
                  {formatVnd(done.sale.total)}
                </dd>
              </div>
              {typeof done.sale.change_due === "number" && (
                <div className="flex justify-between gap-2 rounded-lg bg-brand-50 px-3 py-2 text-brand-900">
                  <dt className="font-semibold">{t("done.change")}</dt>
                  <dd className="text-2xl font-bold tabular-nums" data-testid="pos-change-due">
                    {formatVnd(done.sale.change_due)}
                  </dd>
                </div>
              )}
            </dl>
            {done.qr && (
              <figure className="flex flex-col items-center gap-2" data-testid="pos-vietqr">
                {/* eslint-disable-next-line @next/next/no-img-element -- inline SVG data URL */}
                <img
                  src={done.qr}
                  alt={t("done.qrAlt", { amount: formatVnd(done.sale.vietqr?.amount ?? done.sale.total) })}
                  width={240}
                  height={240}
                  className="size-60 rounded-lg bg-white ring-1 ring-line"
                />
                <figcaption className="text-center text-sm text-muted">
                  {t("done.qrHint")}
                  {done.sale.vietqr?.reference && (
                    <span className="block font-mono font-semibold text-ink">{done.sale.vietqr.reference}</span>
                  )}
                </figcaption>
              </figure>
            )}
            {done.qr && <ConfirmTransferButton pointId={pointId} orderId={done.sale.order_id} />}
            <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-1">
              <Link
                href={`/pos/${pointId}/receipts/${done.sale.order_id}`}
                data-testid="pos-receipt-link"
                className={`${BIG_BUTTON} bg-brand-700 text-white hover:bg-brand-800`}
              >
                {t("done.receipt")}
              </Link>
              <button
                type="button"
                onClick={newSale}
                data-testid="pos-new-sale"
                className={`${BIG_BUTTON} bg-white text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50`}
              >
                {t("done.next")}
              </button>
            </div>
          </div>
        ) : (
          <>
            <h2 id="pos-basket-title" className="font-display text-xl font-bold text-brand-900">
              {t("basket.title")}
              {basket.length > 0 && <span className="ml-2 text-base font-normal text-muted">({basketCount(basket)})</span>}
            </h2>
            {basket.length === 0 ? (
              <p className="mt-2 text-muted" data-testid="pos-basket-empty">
                {t("basket.empty")}
              </p>
            ) : (
              <ul className="mt-3 divide-y divide-line">
                {basket.map((line) => (
                  <li key={line.variant_id} className="py-3" data-testid="pos-basket-line" data-variant-id={line.variant_id}>
                    <div className="flex justify-between gap-2">
                      <p className="min-w-0 font-medium leading-snug">
                        {line.title}
                        {line.variant_title && line.variant_title !== "Default" && (
                          <span className="text-muted"> · {line.variant_title}</span>
                        )}
                      </p>
                      <p className="shrink-0 font-semibold tabular-nums">{formatVnd(line.unit_price * line.quantity)}</p>
                    </div>
                    <div className="mt-2 flex items-center justify-between gap-2">
                      <div className="flex items-center gap-1" role="group" aria-label={t("basket.quantityOf", { title: line.title })}>
                        <button
                          type="button"
                          onClick={() => setBasket((b) => setBasketQuantity(b, line.variant_id, line.quantity - 1))}
                          aria-label={t("basket.less")}
                          data-testid="pos-qty-minus"
                          className="size-11 rounded-lg bg-paper text-xl font-bold ring-1 ring-line hover:bg-brand-50"
                        >
                          −
                        </button>
                        <span className="w-10 text-center text-lg font-semibold tabular-nums" data-testid="pos-qty" aria-live="polite">
                          {line.quantity}
                        </span>
                        <button
                          type="button"
                          onClick={() => setBasket((b) => setBasketQuantity(b, line.variant_id, line.quantity + 1))}
                          disabled={line.quantity >= line.max}
                          aria-label={t("basket.more")}
                          data-testid="pos-qty-plus"
                          className="size-11 rounded-lg bg-paper text-xl font-bold ring-1 ring-line hover:bg-brand-50 disabled:opacity-40"
                        >
                          +
                        </button>
                      </div>
                      <button
                        type="button"
                        onClick={() => setBasket((b) => setBasketQuantity(b, line.variant_id, 0))}
                        data-testid="pos-remove"
                        className="min-h-11 rounded-lg px-3 text-sm font-semibold text-status-expired hover:bg-status-expired/10"
                      >
                        {t("basket.remove")}
                      </button>
                    </div>
                    <p className="mt-1 text-xs text-muted">
                      {formatVnd(line.unit_price)} × {line.quantity}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <div className="mt-3 flex items-baseline justify-between border-t-2 border-ink pt-3">
              <span className="text-lg font-semibold">{t("basket.total")}</span>
              <span className="text-2xl font-bold tabular-nums text-brand-900" data-testid="pos-total">
                {formatVnd(total)}
              </span>
            </div>

            <fieldset className="mt-4" disabled={basket.length === 0 || !open}>
              <legend className="text-sm font-semibold">{t("pay.method")}</legend>
              <div className="mt-2 grid grid-cols-2 gap-2">
                {(["cash", "vietqr"] as const).map((m) => (
                  <label
                    key={m}
                    className={`flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-xl px-3 text-base font-semibold ring-1 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 ${
                      payment === m ? "" : "ring-line"
                    }`}
                  >
                    <input
                      type="radio"
                      name="payment"
                      value={m}
                      checked={payment === m}
                      onChange={() => setPayment(m)}
                      data-testid={`pos-pay-${m}`}
                      className="size-5 accent-brand-700"
                    />
                    {t(`pay.${m}`)}
                  </label>
                ))}
              </div>
              {payment === "cash" && (
                <div className="mt-3 space-y-2">
                  <label htmlFor="pos-cash" className="block text-sm font-medium">
                    {t("pay.cashReceived")}
                  </label>
                  <input
                    id="pos-cash"
                    inputMode="numeric"
                    autoComplete="off"
                    value={cashText}
                    onChange={(e) => setCashText(e.target.value)}
                    placeholder={formatVnd(total)}
                    aria-invalid={cashShort || undefined}
                    aria-describedby={cashShort ? "pos-cash-error" : undefined}
                    data-testid="pos-cash"
                    className={`${INPUT_CLASS} min-h-12 text-lg tabular-nums`}
                  />
                  <div className="flex flex-wrap gap-1.5">
                    {quickCashAmounts(total).map((amount) => (
                      <button
                        key={amount}
                        type="button"
                        onClick={() => setCashText(String(amount))}
                        className="min-h-11 rounded-lg bg-paper px-3 text-sm font-semibold tabular-nums ring-1 ring-line hover:bg-brand-50"
                      >
                        {formatVnd(amount)}
                      </button>
                    ))}
                  </div>
                  {cashShort ? (
                    <p id="pos-cash-error" className="text-sm font-medium text-status-expired">
                      {t("pay.short")}
                    </p>
                  ) : (
                    basket.length > 0 && (
                      <p className="flex justify-between text-lg">
                        <span>{t("pay.change")}</span>
                        <span className="font-bold tabular-nums" data-testid="pos-change-preview">
                          {formatVnd(change ?? 0)}
                        </span>
                      </p>
                    )
                  )}
                </div>
              )}
              {payment === "vietqr" && <p className="mt-3 text-sm text-muted">{t("pay.vietqrHint")}</p>}
            </fieldset>

            {saleError && (
              <p
                role="alert"
                data-testid="pos-sale-error"
                className="mt-3 rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired"
              >
                {saleError.error === "session" ? t("errors.session") : saleError.message || t("errors.sale")}
              </p>
            )}
            <button
              type="button"
              onClick={pay}
              disabled={basket.length === 0 || cashShort || paying || !open}
              data-testid="pos-pay"
              className={`${BIG_BUTTON} mt-4 w-full bg-brand-700 text-lg text-white hover:bg-brand-800`}
            >
              {paying ? t("pay.pending") : t("pay.submit", { total: formatVnd(total) })}
            </button>
          </>
        )}
      </section>
    </div>
  )
}
