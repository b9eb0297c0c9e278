import { Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { ProgrammeFigures } from "../../../modules/programme/figures/types"
import { CERTIFICATE_STATUS_LABELS } from "../../lib/domain"
import type { TFunction } from "i18next"
import { pick, type Lang } from "../../lib/i18n"
import { fmtMonth, fmtNumber, fmtVnd, fmtVndShort, PALETTE, STAR_COLORS, STATE_COLORS } from "./format"

type Props = { data: ProgrammeFigures; lang: Lang; t: TFunction<"ocop"> }

const AXIS = { fontSize: 11, fill: "var(--fg-subtle, #71717a)" }
const H = 240

export const StarsOverTime = ({ data, lang }: Props) => (
  <ResponsiveContainer width="100%" height={H}>
    <BarChart data={data.trend.map((m) => ({ month: fmtMonth(m.month), ...m.by_stars }))}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="month" tick={AXIS} />
      <YAxis allowDecimals={false} tick={AXIS} width={32} />
      <Tooltip formatter={(v) => fmtNumber(Number(v), lang)} />
      <Legend />
      {(["3", "4", "5"] as const).map((s) => (
        <Bar key={s} dataKey={s} name={`${s}★`} stackId="stars" fill={STAR_COLORS[s]} />
      ))}
    </BarChart>
  </ResponsiveContainer>
)

export const StatesOverTime = ({ data, lang }: Props) => {
  const states = Object.keys(data.certified.by_state)
  return (
    <ResponsiveContainer width="100%" height={H}>
      <BarChart data={data.trend.map((m) => ({ month: fmtMonth(m.month), ...m.by_state }))}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} width={32} />
        <Tooltip formatter={(v) => fmtNumber(Number(v), lang)} />
        <Legend />
        {states.map((s) => (
          <Bar key={s} dataKey={s} name={pick((CERTIFICATE_STATUS_LABELS as any)[s], lang, s)} stackId="state" fill={STATE_COLORS[s]} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}

const CHANGE_KINDS = ["issued", "renewed", "upgraded", "downgraded", "expired", "revoked"] as const

export const ChangesOverTime = ({ data, lang, t }: Props) => (
  <ResponsiveContainer width="100%" height={H}>
    <BarChart data={data.trend.map((m) => ({ month: fmtMonth(m.month), ...m.changes }))}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="month" tick={AXIS} />
      <YAxis allowDecimals={false} tick={AXIS} width={32} />
      <Tooltip formatter={(v) => fmtNumber(Number(v), lang)} />
      <Legend />
      {CHANGE_KINDS.map((k, i) => (
        <Bar key={k} dataKey={k} name={t(`dashboard.changes.kinds.${k}`, { defaultValue: k })} stackId="changes" fill={PALETTE[i]} />
      ))}
    </BarChart>
  </ResponsiveContainer>
)

export const ProductSets = ({ data, lang, t }: Props) => {
  const rows = data.by_product_set
    .map((s) => ({ name: `${s.code}. ${s.label[lang]}`, products: s.products }))
    .sort((a, b) => b.products - a.products)
  if (!rows.length) return <Empty t={t} />
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 26 + 30)}>
      <BarChart data={rows} layout="vertical" margin={{ left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={AXIS} />
        <YAxis type="category" dataKey="name" width={230} tick={{ ...AXIS, fontSize: 10 }} />
        <Tooltip formatter={(v) => fmtNumber(Number(v), lang)} />
        <Bar dataKey="products" name={t("dashboard.charts.products")} fill="#16a34a" />
      </BarChart>
    </ResponsiveContainer>
  )
}

export const Sectors = ({ data, lang, t }: Props) => {
  if (!data.by_sector.length) return <Empty t={t} />
  return (
    <ResponsiveContainer width="100%" height={H}>
      <PieChart>
        <Pie
          data={data.by_sector.map((s) => ({ name: `${s.code}. ${s.label[lang]}`, value: s.products }))}
          dataKey="value"
          nameKey="name"
          outerRadius={80}
          label={(e: any) => e.value}
        >
          {data.by_sector.map((s, i) => (
            <Cell key={s.code} fill={PALETTE[i % PALETTE.length]} />
          ))}
        </Pie>
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} />
      </PieChart>
    </ResponsiveContainer>
  )
}

export const ProducerTypes = ({ data, lang, t }: Props) => {
  if (!data.producers.by_type.length) return <Empty t={t} />
  return (
    <ResponsiveContainer width="100%" height={H}>
      <PieChart>
        <Pie
          data={data.producers.by_type.map((p) => ({ name: p.label[lang], value: p.producers }))}
          dataKey="value"
          nameKey="name"
          innerRadius={45}
          outerRadius={80}
          label={(e: any) => e.value}
        >
          {data.producers.by_type.map((p, i) => (
            <Cell key={p.type ?? i} fill={PALETTE[i % PALETTE.length]} />
          ))}
        </Pie>
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} />
      </PieChart>
    </ResponsiveContainer>
  )
}

export const SalesByMonth = ({ data, lang, t }: Props) => (
  <ResponsiveContainer width="100%" height={H}>
    <BarChart data={data.sales.by_month.map((m) => ({ month: fmtMonth(m.month), current: m.total, previous: m.previous }))}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="month" tick={AXIS} />
      <YAxis tick={AXIS} width={56} tickFormatter={(v) => fmtVndShort(Number(v), lang)} />
      <Tooltip formatter={(v) => fmtVnd(Number(v))} />
      <Legend />
      <Bar dataKey="previous" name={t("dashboard.charts.lastYear")} fill="#d4d4d8" />
      <Bar dataKey="current" name={t("dashboard.charts.thisYear")} fill="#16a34a" />
    </BarChart>
  </ResponsiveContainer>
)

const Empty = ({ t }: { t: TFunction<"ocop"> }) => (
  <Text size="small" className="text-ui-fg-muted py-6 text-center">
    {t("dashboard.noData")}
  </Text>
)
