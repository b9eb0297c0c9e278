import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { PortalOrder } from "@/lib/data/producer"
import { vnd } from "@/lib/shop"
import ShipForm from "../components/ship-form"
import { isLineShipped, shippedState } from "./order-list"

export default function OrderDetail({ order: o }: { order: PortalOrder }) {
  const t = useTranslations("producer.orders")
  const format = useFormatter()
  const items = o.items ?? []
  const open = items.filter((i) => !isLineShipped(i))
  const state = shippedState(o)
  const total = o.item_total ?? items.reduce((s, i) => s + (i.total ?? i.unit_price * i.quantity), 0)
  return (
    <div className="space-y-5" data-testid="portal-order-detail">
      <div className="space-y-1">
        <Link href="/producer/orders" className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700">
          ← {t("back")}
        </Link>
        <h1 className="font-display text-2xl font-bold text-brand-900">{t("number", { number: o.display_id ?? o.id.slice(-6) })}</h1>
        <p className="text-sm text-muted">
          {t("placedOn", { date: format.dateTime(new Date(o.created_at), { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      </div>

      <section className="rounded-2xl border border-line bg-white p-4 sm:p-5">
        <ul className="divide-y divide-line" data-testid="portal-order-lines">
          {items.map((i) => {
            const shipped = isLineShipped(i)
            return (
              <li key={i.id} className="flex items-start justify-between gap-3 py-3" data-testid="portal-order-line">
                <span className="min-w-0">
                  <span className="block font-semibold text-ink">{i.product_title ?? i.title}</span>
                  <span className="block text-xs text-muted">
                    {[i.variant_title ?? (i.product_title ? i.title : null), i.sku, t("qty", { qty: i.quantity })]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </span>
                <span className="flex shrink-0 flex-col items-end gap-1">
                  <span className="font-semibold">{vnd(i.total ?? i.unit_price * i.quantity)}</span>
                  <span
                    className={`text-xs font-semibold ${shipped ? "text-status-valid" : "text-status-expiring-soon"}`}
                    data-testid="line-ship-state"
                  >
                    {shipped ? t("shipped") : t("toShip")}
                  </span>
                </span>
              </li>
            )
          })}
        </ul>
        <p className="mt-2 flex justify-between border-t border-line pt-3 font-semibold">
          <span>{t("subtotal")}</span>
          <span data-testid="portal-order-total">{vnd(total)}</span>
        </p>
      </section>

      {o.customer && (o.customer.name || o.customer.city) && (
        <section className="rounded-2xl border border-line bg-white p-4 text-sm sm:p-5">
          <h2 className="font-semibold text-ink">{t("shipTo")}</h2>
          <p className="text-muted">{[o.customer.name, o.customer.city].filter(Boolean).join(", ")}</p>
        </section>
      )}

      {(o.fulfillments ?? []).length > 0 && (
        <ul className="space-y-1 text-sm" data-testid="portal-fulfillments">
          {(o.fulfillments ?? []).map((f) => (
            <li key={f.id} className="rounded-lg bg-status-valid/10 p-3 font-medium text-status-valid">
              {t("shippedWith", { tracking: f.tracking_number ?? "—" })}
              {f.carrier ? ` · ${f.carrier}` : ""}
            </li>
          ))}
        </ul>
      )}

      {state === "toShip" && open.length > 0 && <ShipForm orderId={o.id} lineIds={open.map((i) => i.id)} />}
    </div>
  )
}
