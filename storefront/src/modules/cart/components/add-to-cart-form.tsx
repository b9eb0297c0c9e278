"use client"

import { formatVnd } from "@ocop/domain"
import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { useFormStatus } from "react-dom"
import { addToCart, type AddToCartState } from "@/lib/data/cart"
import { Link } from "@/i18n/navigation"
import { quantityChoices } from "@/lib/shop"
import { INPUT_CLASS, PRIMARY_BUTTON } from "@/modules/common/components/form-field"

type Variant = { id: string; title: string; amount: number | null; stock: number | null }

function SubmitButton({ disabled, label, pending }: { disabled: boolean; label: string; pending: string }) {
  const status = useFormStatus()
  return (
    <button
      type="submit"
      disabled={disabled || status.pending}
      className={`${PRIMARY_BUTTON} w-full sm:w-auto`}
      data-testid="add-to-cart-button"
    >
      {status.pending ? pending : label}
    </button>
  )
}

export default function AddToCartForm({ variants }: { variants: Variant[] }) {
  const t = useTranslations("cart.add")
  const [state, action] = useActionState<AddToCartState, FormData>(addToCart, { status: "idle" })
  const firstAvailable = variants.find((v) => v.stock === null || v.stock > 0) ?? variants[0]
  const [variantId, setVariantId] = useState(firstAvailable.id)
  const variant = variants.find((v) => v.id === variantId) ?? firstAvailable
  const soldOut = variant.stock !== null && variant.stock <= 0

  return (
    <form action={action} className="space-y-4 rounded-2xl bg-white p-4 ring-1 ring-line" data-testid="add-to-cart">
      {variants.length > 1 ? (
        <fieldset>
          <legend className="text-sm font-semibold text-ink">{t("variant")}</legend>
          <div className="mt-2 grid gap-2">
            {variants.map((v) => (
              <label
                key={v.id}
                className="flex cursor-pointer items-center justify-between gap-3 rounded-lg px-3 py-2 ring-1 ring-line has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600"
              >
                <span className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="variant_id"
                    value={v.id}
                    checked={v.id === variantId}
                    onChange={() => setVariantId(v.id)}
                    className="size-4 accent-brand-700"
                  />
                  <span className="font-medium">{v.title}</span>
                </span>
                {v.amount !== null && <span className="tabular-nums text-sm font-semibold text-brand-800">{formatVnd(v.amount)}</span>}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <input type="hidden" name="variant_id" value={variant.id} />
      )}

      {soldOut && (
        <p className="text-sm font-semibold text-status-expired" data-testid="add-to-cart-sold-out">
          {t("soldOut")}
        </p>
      )}

      <div className="flex flex-wrap items-end gap-3">
        <div className="w-24">
          <label htmlFor="add-to-cart-quantity" className="block text-sm font-medium text-ink">
            {t("quantity")}
          </label>
          <select
            id="add-to-cart-quantity"
            name="quantity"
            defaultValue="1"
            key={variant.id}
            disabled={soldOut}
            className={`${INPUT_CLASS} mt-1.5`}
          >
            {quantityChoices(1, variant.stock).map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 flex-1">
          <SubmitButton disabled={soldOut} label={t("submit")} pending={t("adding")} />
        </div>
      </div>

      <div aria-live="polite" role="status" className="text-sm">
        {state.status === "added" && (
          <p key={state.at} data-testid="add-to-cart-added" className="flex flex-wrap items-center gap-x-2 font-medium text-status-valid">
            {t("added")}
            <Link href="/cart" className="font-semibold text-brand-800 underline underline-offset-2">
              {t("viewCart")}
            </Link>
          </p>
        )}
      </div>
      {state.status === "error" && (
        <p
          key={state.at}
          role="alert"
          data-testid="add-to-cart-error"
          className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired"
        >
          {state.message === "variant_id" ? t("chooseVariant") : state.message || t("failed")}
        </p>
      )}
    </form>
  )
}
