"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { useFormStatus } from "react-dom"
import { removeLineItem, updateLineItem, type LineActionState } from "@/lib/data/cart"

type Props = {
  lineId: string
  title: string
  quantity: number
  /** Units in stock; null when not limited. */
  stock: number | null
  /** The product is no longer sold: only removing is offered. */
  refused?: boolean
}

function StepButton({ label, children, disabled, value }: { label: string; children: string; disabled?: boolean; value: number }) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      name="quantity"
      value={value}
      aria-label={label}
      disabled={disabled || pending}
      className="flex size-10 items-center justify-center text-lg font-bold text-brand-800 hover:bg-brand-50 disabled:text-muted/40 disabled:hover:bg-transparent"
    >
      <span aria-hidden="true">{children}</span>
    </button>
  )
}

function RemoveButton({ label, text }: { label: string; text: string }) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      aria-label={label}
      disabled={pending}
      data-testid="cart-line-remove"
      className="min-h-10 rounded-full px-3 text-sm font-medium text-status-expired underline-offset-2 hover:underline disabled:opacity-50"
    >
      {text}
    </button>
  )
}

/** Quantity stepper and remove button of one cart line (plain forms: they work without JavaScript too). */
export default function LineControls({ lineId, title, quantity, stock, refused = false }: Props) {
  const t = useTranslations("cart.line")
  const [updateState, update] = useActionState<LineActionState, FormData>(updateLineItem, {})
  const [removeState, remove] = useActionState<LineActionState, FormData>(removeLineItem, {})
  const error = updateState.error ?? removeState.error
  const atMax = stock !== null && quantity >= stock

  return (
    <div className="flex flex-wrap items-center gap-2">
      {!refused && (
        <form action={update} className="flex items-center rounded-full ring-1 ring-line">
          <input type="hidden" name="line_id" value={lineId} />
          <StepButton label={t("decrease", { title })} value={quantity - 1} disabled={quantity <= 1}>
            −
          </StepButton>
          <output
            aria-label={t("quantityOf", { title })}
            data-testid="cart-line-quantity"
            className="min-w-8 text-center tabular-nums font-semibold"
          >
            {quantity}
          </output>
          <StepButton label={t("increase", { title })} value={quantity + 1} disabled={atMax}>
            +
          </StepButton>
        </form>
      )}
      <form action={remove}>
        <input type="hidden" name="line_id" value={lineId} />
        <RemoveButton label={t("removeLabel", { title })} text={t("remove")} />
      </form>
      {atMax && !refused && <p className="w-full text-xs text-muted">{t("maxStock", { count: stock ?? 0 })}</p>}
      {error && (
        <p role="alert" className="w-full text-sm font-medium text-status-expired">
          {error === "invalid" ? t("failed") : error}
        </p>
      )}
    </div>
  )
}
