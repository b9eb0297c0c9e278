import type { HttpTypes } from "@medusajs/types"
import { formatVnMobilePhone } from "@ocop/domain"
import { getTranslations } from "next-intl/server"
import { addressLine, vnd } from "@/lib/shop"

/** Totals, delivery method and address of an order. */
export default async function OrderTotals({ order }: { order: HttpTypes.StoreOrder }) {
  const t = await getTranslations("order")
  const method = order.shipping_methods?.[0]
  const a = order.shipping_address
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section aria-labelledby="order-delivery-title" className="rounded-2xl bg-white p-4 text-sm ring-1 ring-line">
        <h2 id="order-delivery-title" className="font-semibold text-brand-900">
          {t("delivery")}
        </h2>
        {method && <p className="mt-1">{method.name}</p>}
        {a && (
          <div className="mt-2 text-muted">
            <p className="text-ink">
              {[a.first_name, a.last_name].filter(Boolean).join(" ")} · {formatVnMobilePhone(a.phone ?? "")}
            </p>
            <p>{addressLine(a)}</p>
          </div>
        )}
      </section>
      <section aria-labelledby="order-totals-title" className="rounded-2xl bg-white p-4 text-sm ring-1 ring-line">
        <h2 id="order-totals-title" className="font-semibold text-brand-900">
          {t("totals")}
        </h2>
        <dl className="mt-2 space-y-1">
          <div className="flex justify-between">
            <dt className="text-muted">{t("items")}</dt>
            <dd className="tabular-nums">{vnd(order.item_total)}</dd>
          </div>
          <div className="flex justify-between">
            <dt className="text-muted">{t("shipping")}</dt>
            <dd className="tabular-nums">{order.shipping_total ? vnd(order.shipping_total) : t("free")}</dd>
          </div>
          <div className="flex justify-between border-t border-line pt-1.5 text-base font-bold">
            <dt>{t("total")}</dt>
            <dd className="tabular-nums text-brand-800" data-testid="order-total">
              {vnd(order.total)}
            </dd>
          </div>
        </dl>
      </section>
    </div>
  )
}
