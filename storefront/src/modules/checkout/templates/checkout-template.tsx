import type { HttpTypes } from "@medusajs/types"
import { isPickupOption } from "@ocop/contract"
import { formatVnMobilePhone } from "@ocop/domain"
import type { ReactNode } from "react"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { setPaymentMethod, setShippingMethod } from "@/lib/data/checkout"
import { addressLine, offeredPayments, PAYMENT_PROVIDERS, paymentKind, vnd } from "@/lib/shop"
import AddressStep from "@/modules/checkout/components/address-step"
import ChoiceStep from "@/modules/checkout/components/choice-step"
import FocusHeading from "@/modules/checkout/components/focus-heading"
import PlaceOrder from "@/modules/checkout/components/place-order"
import StripeCard from "@/modules/checkout/components/stripe-card"
import VnpayRedirect from "@/modules/checkout/components/vnpay-redirect"

export const STEPS = ["address", "delivery", "payment", "review"] as const
export type Step = (typeof STEPS)[number]

type Props = {
  cart: HttpTypes.StoreCart
  customer: HttpTypes.StoreCustomer | null
  shippingOptions: HttpTypes.StoreCartShippingOption[]
  providerIds: string[]
  requested: string | undefined
}

function activeSession(cart: HttpTypes.StoreCart) {
  return cart.payment_collection?.payment_sessions?.find((s) => s.status === "pending") ?? cart.payment_collection?.payment_sessions?.[0]
}

/** Which steps are done; the page never opens a step whose predecessors are not. */
function progress(cart: HttpTypes.StoreCart) {
  const address = Boolean(cart.email && cart.shipping_address?.address_1 && cart.shipping_address?.phone)
  const delivery = address && (cart.shipping_methods?.length ?? 0) > 0
  const payment = delivery && Boolean(activeSession(cart))
  return { address, delivery, payment }
}

export function currentStep(cart: HttpTypes.StoreCart, requested: string | undefined): Step {
  const done = progress(cart)
  const firstOpen: Step = !done.address ? "address" : !done.delivery ? "delivery" : !done.payment ? "payment" : "review"
  const want = (STEPS as readonly string[]).includes(requested ?? "") ? (requested as Step) : firstOpen
  return STEPS.indexOf(want) <= STEPS.indexOf(firstOpen) ? want : firstOpen
}

export default async function CheckoutTemplate({ cart, customer, shippingOptions, providerIds, requested }: Props) {
  const t = await getTranslations("checkout")
  const locale = await getLocale()
  const step = currentStep(cart, requested)
  const done = progress(cart)
  const session = activeSession(cart)
  const method = cart.shipping_methods?.[cart.shipping_methods.length - 1]
  const payments = offeredPayments(providerIds)
  const chosenPayment = paymentKind(session?.provider_id)
  const stripeKey = process.env.NEXT_PUBLIC_STRIPE_KEY || process.env.STRIPE_PUBLISHABLE_KEY

  const saved = customer?.addresses?.[0]
  const shipping = cart.shipping_address
  const source = shipping?.address_1 ? shipping : saved
  const meta = (source?.metadata ?? {}) as Record<string, unknown>
  const initial: Record<string, string> = {
    email: cart.email ?? customer?.email ?? "",
    full_name:
      [source?.first_name, source?.last_name].filter(Boolean).join(" ") ||
      [customer?.first_name, customer?.last_name].filter(Boolean).join(" "),
    phone: source?.phone ?? customer?.phone ?? "",
    address_1: source?.address_1 ?? "",
    province_code: typeof meta.province_code === "string" ? meta.province_code : "",
    commune_code: typeof meta.commune_code === "string" ? meta.commune_code : "",
    commune_text: typeof meta.commune_code === "string" && meta.commune_code ? "" : (source?.city ?? ""),
  }

  const sections: { key: Step; title: string; summary: ReactNode; body: ReactNode }[] = [
    {
      key: "address",
      title: t("steps.address"),
      summary: done.address && (
        <div className="text-sm text-ink" data-testid="checkout-address-summary">
          <p className="font-medium">
            {[shipping?.first_name, shipping?.last_name].filter(Boolean).join(" ")} · {formatVnMobilePhone(shipping?.phone ?? "")}
          </p>
          <p className="text-muted">{cart.email}</p>
          <p>{addressLine(shipping)}</p>
        </div>
      ),
      body: <AddressStep initial={initial} />,
    },
    {
      key: "delivery",
      title: t("steps.delivery"),
      summary: method && (
        <p className="text-sm text-ink" data-testid="checkout-delivery-summary">
          {method.name} · <span className="tabular-nums">{method.amount ? vnd(method.amount) : t("delivery.free")}</span>
        </p>
      ),
      body: (
        <ChoiceStep
          action={setShippingMethod}
          name="shipping_option_id"
          legend={t("steps.delivery")}
          testId="checkout-delivery-form"
          submitLabel={t("delivery.submit")}
          selected={method?.shipping_option_id ?? undefined}
          choices={shippingOptions.map((o) => {
            const amount = o.calculated_price?.calculated_amount ?? o.amount ?? 0
            const pickup = isPickupOption(o)
            return {
              value: o.id,
              label: o.name,
              detail: pickup ? t("delivery.pickupDetail") : t("delivery.standardDetail"),
              aside: amount ? vnd(amount) : t("delivery.free"),
              testId: pickup ? "shipping-option-pickup" : "shipping-option-standard",
            }
          })}
        />
      ),
    },
    {
      key: "payment",
      title: t("steps.payment"),
      summary: chosenPayment && (
        <p className="text-sm text-ink" data-testid="checkout-payment-summary">
          {t(`payment.${chosenPayment}.label`)}
        </p>
      ),
      body: (
        <ChoiceStep
          action={setPaymentMethod}
          name="provider_id"
          legend={t("steps.payment")}
          testId="checkout-payment-form"
          submitLabel={t("payment.submit")}
          selected={session?.provider_id}
          choices={payments.map((kind) => ({
            value: PAYMENT_PROVIDERS[kind],
            label: t(`payment.${kind}.label`),
            detail: t(`payment.${kind}.detail`),
            testId: `payment-option-${kind}`,
          }))}
        />
      ),
    },
    {
      key: "review",
      title: t("steps.review"),
      summary: null,
      body: (
        <div className="space-y-4">
          <p className="text-sm text-muted">{chosenPayment ? t(`review.next.${chosenPayment}`) : null}</p>
          {chosenPayment === "stripe" ? (
            stripeKey && session?.data?.client_secret ? (
              <StripeCard publishableKey={stripeKey} clientSecret={String(session.data.client_secret)} locale={locale} />
            ) : (
              <p role="alert" className="text-sm font-medium text-status-expired">
                {t("payment.stripe.unavailable")}
              </p>
            )
          ) : chosenPayment === "vnpay" ? (
            <VnpayRedirect paymentUrl={session?.data?.payment_url} label={t("payment.vnpay.pay", { total: vnd(cart.total) })} />
          ) : (
            <PlaceOrder label={t("review.submit", { total: vnd(cart.total) })} />
          )}
          <p className="text-xs text-muted">{t("review.terms")}</p>
        </div>
      ),
    },
  ]

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
      {!customer && (
        <p className="mt-2 text-sm text-muted" data-testid="checkout-login-hint">
          {t("guestHint")}{" "}
          <Link
            href={{ pathname: "/account", query: { next: "/checkout" } }}
            className="font-semibold text-brand-800 underline underline-offset-2"
          >
            {t("loginLink")}
          </Link>
        </p>
      )}

      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
        <ol className="space-y-4" aria-label={t("stepsLabel")}>
          {sections.map((s, i) => {
            const isCurrent = s.key === step
            const reachable = STEPS.indexOf(s.key) <= STEPS.indexOf(currentStep(cart, "review"))
            const headingId = `step-${s.key}`
            return (
              <li
                key={s.key}
                data-testid={`checkout-step-${s.key}`}
                data-current={isCurrent}
                aria-current={isCurrent ? "step" : undefined}
                className={`rounded-2xl bg-white p-4 ring-1 sm:p-5 ${isCurrent ? "ring-2 ring-brand-600" : "ring-line"}`}
              >
                <div className="flex items-center justify-between gap-3">
                  {isCurrent ? (
                    <FocusHeading id={headingId} className="font-display text-lg font-bold text-brand-900">
                      <span className="mr-2 text-brand-600">{i + 1}.</span>
                      {s.title}
                    </FocusHeading>
                  ) : (
                    <h2 id={headingId} className={`font-display text-lg font-bold ${reachable ? "text-brand-900" : "text-muted"}`}>
                      <span className="mr-2">{i + 1}.</span>
                      {s.title}
                    </h2>
                  )}
                  {!isCurrent && s.summary && reachable && (
                    <Link
                      href={{ pathname: "/checkout", query: { step: s.key } }}
                      className="rounded-full px-3 py-1.5 text-sm font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50"
                      aria-label={t("editLabel", { step: s.title })}
                    >
                      {t("edit")}
                    </Link>
                  )}
                </div>
                <div className="mt-3">{isCurrent ? s.body : s.summary}</div>
              </li>
            )
          })}
        </ol>

        <aside
          aria-labelledby="checkout-summary-title"
          className="h-fit space-y-4 rounded-2xl bg-white p-5 ring-1 ring-line lg:sticky lg:top-24"
        >
          <h2 id="checkout-summary-title" className="font-display text-lg font-bold text-brand-900">
            {t("summary.title")}
          </h2>
          <ul className="space-y-2 text-sm">
            {(cart.items ?? []).map((item) => (
              <li key={item.id} className="flex justify-between gap-3">
                <span className="min-w-0">
                  {item.product_title ?? item.title} <span className="text-muted">× {item.quantity}</span>
                  <span className="block text-xs text-muted">{item.variant_title}</span>
                </span>
                <span className="shrink-0 tabular-nums">{vnd(item.total ?? (item.unit_price ?? 0) * (item.quantity ?? 0))}</span>
              </li>
            ))}
          </ul>
          <dl className="space-y-1.5 border-t border-line pt-3 text-sm">
            <div className="flex justify-between">
              <dt className="text-muted">{t("summary.items")}</dt>
              <dd className="tabular-nums">{vnd(cart.item_total)}</dd>
            </div>
            <div className="flex justify-between">
              <dt className="text-muted">{t("summary.shipping")}</dt>
              <dd className="tabular-nums">{method ? (cart.shipping_total ? vnd(cart.shipping_total) : t("delivery.free")) : "—"}</dd>
            </div>
            <div className="flex justify-between border-t border-line pt-2 text-base font-bold">
              <dt>{t("summary.total")}</dt>
              <dd className="tabular-nums text-brand-800" data-testid="checkout-total">
                {vnd(cart.total)}
              </dd>
            </div>
          </dl>
          <Link href="/cart" className="block text-center text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
            {t("backToCart")}
          </Link>
        </aside>
      </div>
    </div>
  )
}
