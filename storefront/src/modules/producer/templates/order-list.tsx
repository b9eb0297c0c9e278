import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { PortalOrder, PortalOrderLine } from "@/lib/data/producer"
import { vnd } from "@/lib/shop"

export function isLineShipped(i: PortalOrderLine): boolean {
  return !!(i.fulfilled || i.shipped || (i.fulfilled_quantity ?? 0) >= i.quantity)
}

export function shippedState(o: PortalOrder): "shipped" | "toShip" {
  if (o.fulfillment_status) return o.fulfillment_status === "fulfilled" ? "shipped" : "toShip"
  const items = o.items ?? []
  return items.length > 0 && items.every(isLineShipped) ? "shipped" : "toShip"
}

export default function OrderList({ orders }: { orders: PortalOrder[] }) {
  const t = useTranslations("producer.orders")
  const format = useFormatter()
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="font-display text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      {orders.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line p-6 text-center text-muted">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="portal-orders">
          {orders.map((o) => {
            const state = shippedState(o)
            return (
              <li key={o.id}>
                <Link
                  href={`/producer/orders/${o.id}`}
                  className="flex min-h-11 items-center justify-between gap-3 rounded-2xl border border-line bg-white p-4 shadow-sm hover:border-brand-300"
                  data-testid="portal-order"
                  data-order-id={o.id}
                >
                  <span className="min-w-0 space-y-0.5">
                    <span className="block font-semibold text-ink">{t("number", { number: o.display_id ?? o.id.slice(-6) })}</span>
                    <span className="block text-xs text-muted">
                      {t("placedOn", { date: format.dateTime(new Date(o.created_at), { dateStyle: "medium" }) })} ·{" "}
                      {t("lines", { count: o.items?.length ?? 0 })}
                    </span>
                    <span className="block truncate text-sm text-ink">
                      {(o.items ?? []).map((i) => i.product_title ?? i.title).join(", ")}
                    </span>
                  </span>
                  <span className="flex shrink-0 flex-col items-end gap-1">
                    {typeof o.item_total === "number" && <span className="font-semibold">{vnd(o.item_total)}</span>}
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-semibold ${state === "shipped" ? "bg-status-valid/10 text-status-valid" : "bg-status-expiring-soon/10 text-status-expiring-soon"}`}
                      data-testid="order-ship-state"
                      data-state={state}
                    >
                      {t(state)}
                    </span>
                  </span>
                </Link>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
