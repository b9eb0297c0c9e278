import { getLocale, getTranslations } from "next-intl/server"
import { badgeStars } from "@/lib/pos"
import { formatVietnamTime } from "@/lib/vietnam-time"
import StarBadge from "@/modules/common/components/star-badge"
import type { PosMe, PosMovement, PosPoint, PosStockItem } from "@/types/pos"
import MovementForm from "../components/movement-form"

/** What this point holds, the movement form and the movement history. */
export default async function StockTemplate({
  me,
  point,
  stock,
  movements,
}: {
  me: PosMe
  point: PosPoint
  stock: PosStockItem[]
  movements: PosMovement[]
}) {
  const t = await getTranslations("pos.stock")
  const locale = await getLocale()
  const names = new Map(
    stock.map((s) => [s.variant_id, `${s.title}${s.variant_title && s.variant_title !== "Default" ? ` · ${s.variant_title}` : ""}`])
  )
  const kindLabel = (kind: string) => (t.has(`movementKinds.${kind}` as never) ? t(`movementKinds.${kind}` as never) : kind)

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,1fr)_26rem] lg:items-start">
      <section aria-labelledby="pos-stock-title" className="space-y-4">
        <div className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5">
          <h1 id="pos-stock-title" className="font-display text-xl font-bold text-brand-900 sm:text-2xl">
            {t("title")}
          </h1>
          {stock.length === 0 ? (
            <p className="mt-2 text-muted">{t("empty")}</p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full text-left text-sm" data-testid="pos-stock-table">
                <thead className="text-muted">
                  <tr className="border-b border-line">
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("product")}
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("ocop")}
                    </th>
                    <th scope="col" className="py-2 text-right font-medium">
                      {t("quantity")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stock.map((item) => {
                    const stars = badgeStars(item.ocop ? { ...item.ocop, verification_code: null } : null)
                    return (
                      <tr key={item.variant_id} className="border-b border-line last:border-0" data-testid="pos-stock-row">
                        <td className="py-2.5 pr-3">
                          <span className="font-medium">{names.get(item.variant_id)}</span>
                          <span className="block text-xs text-muted">{[item.sku, item.barcode].filter(Boolean).join(" · ")}</span>
                        </td>
                        <td className="py-2.5 pr-3">
                          {stars ? (
                            <StarBadge stars={stars} size="sm" />
                          ) : item.ocop || item.sellable === false ? (
                            <span className="font-semibold text-status-revoked" title={item.reason_vi}>
                              {t("notSellable")}
                            </span>
                          ) : (
                            <span className="text-muted">{t("localNonOcop")}</span>
                          )}
                        </td>
                        <td className="py-2.5 text-right text-lg font-bold tabular-nums" data-testid="pos-stock-quantity">
                          {item.quantity}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>

        <div className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5">
          <h2 className="font-display text-xl font-bold text-brand-900">{t("history")}</h2>
          {movements.length === 0 ? (
            <p className="mt-2 text-muted">{t("noMovements")}</p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full text-left text-sm" data-testid="pos-movements">
                <thead className="text-muted">
                  <tr className="border-b border-line">
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("when")}
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("kind")}
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      {t("product")}
                    </th>
                    <th scope="col" className="py-2 text-right font-medium">
                      {t("quantity")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {movements.map((m) => {
                    const outgoing = m.from_location_id
                      ? m.from_location_id === point.stock_location_id
                      : m.kind === "sale" || m.kind === "return"
                    return (
                      <tr key={m.id} className="border-b border-line last:border-0" data-testid="pos-movement-row" data-kind={m.kind}>
                        <td className="whitespace-nowrap py-2 pr-3 tabular-nums text-muted">
                          {formatVietnamTime(m.created_at, locale, "short")}
                        </td>
                        <td className="py-2 pr-3 font-medium">{kindLabel(m.kind)}</td>
                        <td className="py-2 pr-3">
                          {names.get(m.variant_id) ?? m.variant_id}
                          {m.note && <span className="block text-xs text-muted">{m.note}</span>}
                        </td>
                        <td className="py-2 text-right font-semibold tabular-nums">
                          {outgoing ? "−" : "+"}
                          {m.quantity}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </section>
      <section className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5 lg:sticky lg:top-4">
        <MovementForm point={point} otherPoints={me.points.filter((p) => p.id !== point.id)} stock={stock} />
      </section>
    </div>
  )
}
