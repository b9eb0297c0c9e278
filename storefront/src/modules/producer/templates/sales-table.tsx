import { useTranslations } from "next-intl"
import type { SalesMonth } from "@/lib/data/producer"
import { vnd } from "@/lib/shop"
import { INPUT_CLASS, SECONDARY_BUTTON } from "@/modules/common/components/form-field"

export default function SalesTable({ year, months, thisYear }: { year: number; months: SalesMonth[]; thisYear: number }) {
  const t = useTranslations("producer.sales")
  const byMonth = new Map(months.map((m) => [Number(m.month), m]))
  const rows = Array.from({ length: 12 }, (_, i) => {
    const m = byMonth.get(i + 1)
    return { month: i + 1, orders: m?.orders ?? 0, units: m?.units ?? m?.quantity ?? 0, revenue: Number(m?.revenue ?? 0) }
  })
  const total = rows.reduce((s, r) => ({ orders: s.orders + r.orders, units: s.units + r.units, revenue: s.revenue + r.revenue }), {
    orders: 0,
    units: 0,
    revenue: 0,
  })
  const max = Math.max(1, ...rows.map((r) => r.revenue))
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i)
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="font-display text-2xl font-bold text-brand-900">
          {t("title")} {year}
        </h1>
        <form className="flex items-end gap-2">
          <label htmlFor="sales-year" className="sr-only">
            {t("year")}
          </label>
          <select id="sales-year" name="year" defaultValue={year} className={`${INPUT_CLASS} w-28`}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <button type="submit" className={SECONDARY_BUTTON}>
            {t("show")}
          </button>
        </form>
      </div>
      {total.revenue === 0 && <p className="text-sm text-muted">{t("empty")}</p>}
      <div className="overflow-x-auto rounded-2xl border border-line bg-white">
        <table className="w-full text-sm" data-testid="sales-table">
          <thead className="bg-paper text-left text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("month")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("orders")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("units")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("revenue")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((r) => (
              <tr key={r.month} data-testid="sales-month" data-month={r.month}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {t("monthName", { month: r.month })}
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{r.orders}</td>
                <td className="px-3 py-2 text-right tabular-nums">{r.units}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  <span className="flex items-center justify-end gap-2">
                    <span
                      aria-hidden="true"
                      className="hidden h-2 rounded-full bg-brand-300 sm:block"
                      style={{ width: `${Math.round((r.revenue / max) * 80)}px` }}
                    />
                    {vnd(r.revenue)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-line font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2 text-left">
                {t("total")}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{total.orders}</td>
              <td className="px-3 py-2 text-right tabular-nums">{total.units}</td>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="sales-total">
                {vnd(total.revenue)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  )
}
