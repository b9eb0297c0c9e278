import type { HttpTypes } from "@medusajs/types"
import { isPickupMethod } from "@ocop/contract"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { paymentKind, vietQrTransfer, vnd } from "@/lib/shop"
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/modules/common/components/form-field"
import OrderLines from "@/modules/order/components/order-lines"
import OrderTotals from "@/modules/order/components/order-totals"
import VietQrTransfer from "@/modules/order/components/vietqr-transfer"

export function orderPayment(order: HttpTypes.StoreOrder) {
  const payment = order.payment_collections?.flatMap((c) => c.payments ?? [])[0]
  const kind = paymentKind(payment?.provider_id)
  const transfer = kind === "vietqr" ? vietQrTransfer(payment?.data as Record<string, unknown>) : null
  return { kind, transfer }
}

/** "Thank you" page: what was ordered, how to pay (the VietQR when chosen) and what happens next. */
export default async function OrderConfirmedTemplate({ order, loggedIn }: { order: HttpTypes.StoreOrder; loggedIn: boolean }) {
  const t = await getTranslations("order")
  const { kind, transfer } = orderPayment(order)
  const pickup = (order.shipping_methods ?? []).some(isPickupMethod)
  const steps =
    kind === "vietqr"
      ? [t("next.vietqr.pay"), t("next.vietqr.confirm"), pickup ? t("next.pickup") : t("next.deliver")]
      : kind === "stripe" || kind === "vnpay"
        ? [t(`next.${kind}`), pickup ? t("next.pickup") : t("next.deliver")]
        : [t("next.cod.call"), pickup ? t("next.cod.pickup", { total: vnd(order.total) }) : t("next.cod.pay", { total: vnd(order.total) })]

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-6 sm:px-6 sm:py-10" data-testid="order-confirmed" data-payment={kind ?? ""}>
      <div className="rounded-2xl bg-brand-50 p-5 ring-1 ring-brand-100">
        <p aria-hidden="true" className="flex size-10 items-center justify-center rounded-full bg-brand-700 text-lg font-bold text-white">
          ✓
        </p>
        <h1 className="mt-3 font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("confirmed.title")}</h1>
        <p className="mt-1 text-ink" data-testid="order-number">
          {t("confirmed.number", { number: String(order.display_id ?? "") })}
        </p>
        <p className="mt-1 text-sm text-muted">{t("confirmed.email", { email: order.email ?? "" })}</p>
      </div>

      {transfer && <VietQrTransfer transfer={transfer} displayId={order.display_id} />}

      <section aria-labelledby="next-title" className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5">
        <h2 id="next-title" className="font-display text-lg font-bold text-brand-900">
          {t("next.title")}
        </h2>
        <p className="mt-1 text-sm font-medium text-ink" data-testid="order-payment-method">
          {kind ? t(`payment.${kind}`) : null}
        </p>
        <ol className="mt-3 list-decimal space-y-1.5 pl-5 text-sm text-ink">
          {steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>

      <OrderLines order={order} />
      <OrderTotals order={order} />

      <div className="flex flex-wrap gap-3">
        {loggedIn ? (
          <Link href={`/account/orders/${order.id}`} className={PRIMARY_BUTTON} data-testid="view-order-in-account">
            {t("confirmed.viewInAccount")}
          </Link>
        ) : (
          <p className="w-full text-sm text-muted">{t("confirmed.guest")}</p>
        )}
        <Link href="/products" className={SECONDARY_BUTTON}>
          {t("confirmed.continue")}
        </Link>
      </div>
    </div>
  )
}
