"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useRef, useState } from "react"
import { placeOrder, type PlaceOrderState } from "@/lib/data/checkout"
import { PRIMARY_BUTTON } from "@/modules/common/components/form-field"

/* Minimal typing of Stripe.js v3, loaded from js.stripe.com only when the region offers cards. */
type StripeCardElement = { mount(el: HTMLElement): void; destroy(): void }
type StripeJs = {
  elements(): { create(type: "card", options?: Record<string, unknown>): StripeCardElement }
  confirmCardPayment(clientSecret: string, data: { payment_method: { card: StripeCardElement } }): Promise<{ error?: { message?: string } }>
}
declare global {
  interface Window {
    Stripe?: (key: string, options?: { locale?: string }) => StripeJs
  }
}

const STRIPE_JS = "https://js.stripe.com/v3/"

function loadStripe(): Promise<void> {
  if (window.Stripe) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const script = document.createElement("script")
    script.src = STRIPE_JS
    script.async = true
    script.onload = () => resolve()
    script.onerror = () => reject(new Error("stripe.js"))
    document.head.appendChild(script)
  })
}

/**
 * Card payment through Stripe Elements (amounts in đồng: VND is zero-decimal for Stripe).
 * Confirms the card against the payment session's client secret, then places the order.
 */
export default function StripeCard({
  publishableKey,
  clientSecret,
  locale,
}: {
  publishableKey: string
  clientSecret: string
  locale: string
}) {
  const t = useTranslations("checkout.payment.stripe")
  const [state, action, pending] = useActionState<PlaceOrderState, FormData>(placeOrder, {})
  const mountRef = useRef<HTMLDivElement>(null)
  const stripe = useRef<StripeJs | null>(null)
  const card = useRef<StripeCardElement | null>(null)
  const [ready, setReady] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [paying, setPaying] = useState(false)

  useEffect(() => {
    let cancelled = false
    loadStripe()
      .then(() => {
        if (cancelled || !window.Stripe || !mountRef.current) return
        stripe.current = window.Stripe(publishableKey, { locale: locale === "en" ? "en" : "vi" })
        card.current = stripe.current.elements().create("card", { hidePostalCode: true })
        card.current.mount(mountRef.current)
        setReady(true)
      })
      .catch(() => setError(t("loadFailed")))
    return () => {
      cancelled = true
      card.current?.destroy()
    }
  }, [publishableKey, locale, t])

  async function pay(event: React.FormEvent) {
    event.preventDefault()
    if (!stripe.current || !card.current) return
    setPaying(true)
    setError(null)
    const result = await stripe.current.confirmCardPayment(clientSecret, { payment_method: { card: card.current } })
    setPaying(false)
    if (result.error) {
      setError(result.error.message ?? t("declined"))
      return
    }
    startTransition(() => action(new FormData()))
  }

  const message = error ?? state.message
  return (
    <form onSubmit={pay} className="space-y-3" data-testid="stripe-card">
      <label className="block text-sm font-medium text-ink" id="stripe-card-label">
        {t("cardLabel")}
      </label>
      <div ref={mountRef} aria-labelledby="stripe-card-label" className="rounded-lg border border-line bg-white px-3 py-3" />
      {message && (
        <p role="alert" className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired">
          {message}
        </p>
      )}
      <button type="submit" disabled={!ready || paying || pending} className={`${PRIMARY_BUTTON} w-full`}>
        {paying || pending ? t("paying") : t("pay")}
      </button>
    </form>
  )
}
