import type { HttpTypes } from "@medusajs/types"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatDate } from "@/lib/format"
import { paymentStatusKey } from "@/lib/shop"
import OrderLines from "@/modules/order/components/order-lines"
import OrderTotals from "@/modules/order/components/order-totals"
import VietQrTransfer from "@/modules/order/components/vietqr-transfer"
import { orderPayment } from "@/modules/order/templates/order-confirmed-template"

/** One order of the customer, each line with the certificate and producer it was sold under. */
export default async function OrderDetailTemplate({ order }: { order: HttpTypes.StoreOrder }) {
  const t = await getTranslations("account")
  const to = await getTranslations("order")
  const locale = await getLocale()
  const { kind, transfer } = orderPayment(order)
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 sm:px-6 sm:py-10" data-testid="account-order">
      <Link href="/account" className="text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
        ← {t("orders.back")}
      </Link>
      <div>
        <h1 className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">
          {t("orders.number", { number: String(order.display_id ?? "") })}
        </h1>
        <p className="mt-1 text-sm text-muted">
          {t("orders.placedOn", { date: formatDate(String(order.created_at ?? "").slice(0, 10), locale) })} ·{" "}
          {kind ? to(`payment.${kind}`) : null} · {t(`paymentStatus.${paymentStatusKey(order.payment_status)}`)}
        </p>
      </div>
      {transfer?.awaiting_confirmation && <VietQrTransfer transfer={transfer} displayId={order.display_id} />}
      <section aria-labelledby="lines-title" className="space-y-2">
        <h2 id="lines-title" className="font-display text-lg font-bold text-brand-900">
          {t("orders.lines")}
        </h2>
        <p className="text-sm text-muted">{t("orders.snapshotNote")}</p>
        <OrderLines order={order} />
      </section>
      <OrderTotals order={order} />
    </div>
  )
}
