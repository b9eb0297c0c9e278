import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EXPIRING_SOON_DAYS, IN_FORCE_STATES, PRODUCER_TYPES, PRODUCT_SETS, SECTORS, productSet, provinceFullName, provinceName, vietnamDate } from "@ocop/domain"
import { PROGRAMME_MODULE } from "../../modules/programme"
import type ProgrammeModuleService from "../../modules/programme/service"
import { programmeMetric, type MetricUnit } from "./metrics"
import { growthPercent, periodAsOf, sharePercent, trendMonths, type ReportingPeriod } from "./period"
import { certificateFiguresQuery, SALES_SETS, salesQuery, type Scope, SNAPSHOT_SETS } from "./sql"

export const ONLINE_CHANNEL_NAME = "Chợ OCOP trực tuyến"

/** The states counted as in force: the domain's list, which the SQL classification must match. */
export { IN_FORCE_STATES }
export const CHANGE_KINDS = ["issued", "renewed", "upgraded", "downgraded", "corrected", "expired", "revoked", "suspended", "extended"] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

type Label = { vi: string; en: string }

/** How the QR label share is counted: there is no label-printing register yet. Shown in the UI and reports. */
export const QR_LABEL_DEFINITION: Label = {
  vi: "Chưa có sổ theo dõi cấp tem QR: một sản phẩm được tính là đã có tem QR truy xuất khi đang đăng bán trực tuyến và giấy chứng nhận có mã xác minh (mã QR dẫn tới trang xác minh công khai).",
  en: "There is no QR label register yet: a product counts as QR-labelled when it is listed online and its certificate has a verification code (the QR code opens the public verification page).",
}

export const LISTED_ONLINE_DEFINITION: Label = {
  vi: "Sản phẩm đang hiển thị (đã xuất bản) trên kênh “Chợ OCOP trực tuyến”; trạng thái đăng bán là trạng thái hiện tại khi lập số liệu.",
  en: "Products published in the “Chợ OCOP trực tuyến” online channel; the listing state is the one at the time the figures are produced.",
}

export type Trend = {
  month: string
  day: string
  total: number
  by_stars: Record<"3" | "4" | "5", number>
  by_state: Record<(typeof IN_FORCE_STATES)[number], number>
  changes: Partial<Record<ChangeKind, number>>
}

export type ChangeItem = {
  day: string
  kind: ChangeKind
  stars_before: number | null
  stars: number
  reason: string | null
  certificate_id: string
  decision_number: string
  issuer: string
  verification_code: string
  product_set: number
  product_id: string
  product_title: string
  producer_name: string | null
  province_code: string | null
  commune: string | null
}

export type Money = { total: number; previous: number; growth: number | null }

export type TargetProgress = {
  id: string
  metric: string
  unit: MetricUnit
  label: Label
  province_code: string
  period_start: string
  period_end: string
  value: number
  source: string | null
  actual: number | null
  /** actual ÷ target in percent (may pass 100); null when there is nothing to measure yet */
  progress: number | null
}

export type ProgrammeFigures = {
  generated_at: string
  today: string
  as_of: string
  province: { code: string; name: string; full_name: string } | null
  period: ReportingPeriod
  has_data: boolean
  certified: {
    total: number
    by_stars: Record<"3" | "4" | "5", number>
    by_state: Record<(typeof IN_FORCE_STATES)[number], number>
  }
  by_sector: Array<{ code: string; label: Label; products: number }>
  by_product_set: Array<{ code: number; sector: string; label: Label; products: number }>
  by_province: Array<{ province_code: string | null; name: string | null; products: number; producers: number }>
  by_commune: Array<{ province_code: string | null; commune: string | null; products: number; producers: number }>
  producers: {
    total: number
    coop_sme: number
    coop_sme_share: number | null
    by_type: Array<{ type: string | null; label: Label; producers: number }>
  }
  expiring: { within_30: number; within_90: number; within_180: number }
  online: {
    listed: number
    listed_share: number | null
    qr_labelled: number
    qr_share: number | null
    online_channel: { id: string | null; name: string }
    definitions: { listed: Label; qr: Label }
  }
  trend: Trend[]
  changes: { counts: Partial<Record<ChangeKind, number>>; total: number; items: ChangeItem[]; items_truncated: boolean }
  sales: {
    currency_code: "vnd"
    total: number
    previous: number
    growth: number | null
    orders: number
    by_month: Array<{ month: string; total: number; previous: number; growth: number | null }>
    by_channel: Array<{ id: string | null; name: string; online: boolean } & Money>
    by_sector: Array<{ code: string | null; label: Label } & Money>
  }
  targets: TargetProgress[]
}

const NO_PRODUCER: Label = { vi: "Chưa gắn chủ thể", en: "No producer" }
const NO_SECTOR: Label = { vi: "Ngoài OCOP / chưa phân loại", en: "Not OCOP / unclassified" }

const num = (v: unknown) => Number(v ?? 0)

function shiftYear(day: string, years: number): string {
  const [y, m, d] = day.split("-").map(Number)
  const target = `${y + years}-${String(m).padStart(2, "0")}`
  // 29 February becomes 28 February in a common year
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate()
  return `${target}-${String(Math.min(d, last)).padStart(2, "0")}`
}

async function onlineChannel(container: MedusaContainer): Promise<{ id: string | null; name: string }> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] })
  if (store?.default_sales_channel_id) {
    const [channel] = await salesChannels.listSalesChannels({ id: store.default_sales_channel_id })
    if (channel) return { id: channel.id, name: channel.name }
  }
  const [byName] = await salesChannels.listSalesChannels({ name: ONLINE_CHANNEL_NAME })
  return { id: byName?.id ?? null, name: byName?.name ?? ONLINE_CHANNEL_NAME }
}

export type FiguresOptions = {
  period: ReportingPeriod
  provinceCode?: string | null
  /** the newest N changes (dashboard); all of them when omitted (reports) */
  changeLimit?: number
  now?: Date
}

/** Every figure of the programme dashboard and reports for one province (or all) and one period. */
export async function programmeFigures(container: MedusaContainer, options: FiguresOptions): Promise<ProgrammeFigures> {
  const { period, changeLimit } = options
  const provinceCode = options.provinceCode ?? null
  const now = options.now ?? new Date()
  const today = vietnamDate(now)
  const asOf = periodAsOf(period, today)
  const months = trendMonths(period, today)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)

  const channel = await onlineChannel(container)
  const scope: Scope = { provinceCode, onlineChannelId: channel.id }
  const windowStart = months.length ? `${months[0].key}-01` : period.start
  const changesFrom = windowStart < period.start ? windowStart : period.start
  const salesFrom = shiftYear(changesFrom, -1)

  const run = async (q: { sql: string; bindings: unknown[] }) => (await knex.raw(q.sql, q.bindings as any[])).rows as any[]
  const certificateQuery = certificateFiguresQuery(scope, {
    asOf,
    months,
    changes: { from: changesFrom, to: period.end, today },
    list: { from: period.start, to: period.end, limit: changeLimit },
  })
  const [[certificates], sales, targets, channels] = await Promise.all([
    knex.transaction(async (trx: any) => {
      // An aggregate over every certificate: JIT compilation costs more than it saves here. And on a
      // catalogue bulk-loaded and never analysed the planner believes the tables are empty and picks
      // nested loops that rescan whole tables per row (minutes at 20,000 products): force hash joins then.
      await trx.raw("SET LOCAL jit = off")
      const { rows } = await trx.raw("SELECT reltuples FROM pg_class WHERE oid = 'certificate'::regclass")
      if (!(Number(rows[0]?.reltuples) >= 0)) await trx.raw("SET LOCAL enable_nestloop = off")
      return (await trx.raw(certificateQuery.sql, certificateQuery.bindings)).rows
    }),
    run(salesQuery({ provinceCode }, { from: salesFrom, to: period.end }, period, period.previous)),
    programme.listProgrammeTargets(provinceCode ? { province_code: provinceCode } : {}, { order: { period_end: "ASC", metric: "ASC" } }),
    container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id", "name"] }),
  ])
  const snapshot: any[] = certificates.snapshot
  const trend: any[] = months.length ? certificates.trend : []
  const changeCounts: any[] = certificates.change_counts
  const changeItems: any[] = certificates.change_list

  // ── point-in-time figures ────────────────────────────────────────────────────────────────
  const rows = (g: number) => snapshot.filter((r) => r.g === g)
  const all = rows(SNAPSHOT_SETS.all)[0] ?? {}
  const byStars = { "3": 0, "4": 0, "5": 0 } as Record<"3" | "4" | "5", number>
  for (const r of rows(SNAPSHOT_SETS.stars)) byStars[String(r.stars) as "3" | "4" | "5"] = r.products
  const byState = Object.fromEntries(IN_FORCE_STATES.map((s) => [s, 0])) as ProgrammeFigures["certified"]["by_state"]
  for (const r of rows(SNAPSHOT_SETS.state)) byState[r.state as keyof typeof byState] = r.products

  const setCounts = new Map<number, number>(rows(SNAPSHOT_SETS.product_set).map((r) => [r.product_set, r.products]))
  const byProductSet = PRODUCT_SETS.filter((s) => setCounts.get(s.code)).map((s) => ({
    code: s.code,
    sector: s.sector,
    label: { vi: s.vi, en: s.en },
    products: setCounts.get(s.code)!,
  }))
  const bySector = SECTORS.map((s) => ({
    code: s.code,
    label: { vi: s.vi, en: s.en },
    products: byProductSet.filter((p) => p.sector === s.code).reduce((n, p) => n + p.products, 0),
  })).filter((s) => s.products > 0)

  const byProvince = rows(SNAPSHOT_SETS.province)
    .map((r) => ({ province_code: r.province_code, name: r.province_code ? provinceName(r.province_code) ?? r.province_code : null, products: r.products, producers: r.producers }))
    .sort((a, b) => b.products - a.products)
  const byCommune = rows(SNAPSHOT_SETS.commune)
    .map((r) => ({ province_code: r.province_code, commune: r.commune, products: r.products, producers: r.producers }))
    .sort((a, b) => b.products - a.products || String(a.commune).localeCompare(String(b.commune), "vi"))
  const byType = rows(SNAPSHOT_SETS.producer_type)
    .filter((r) => r.producers > 0 || r.producer_type)
    .map((r) => {
      const t = PRODUCER_TYPES.find((x) => x.code === r.producer_type)
      return { type: r.producer_type, label: t ? { vi: t.vi, en: t.en } : NO_PRODUCER, producers: r.producers }
    })
    .filter((r) => r.type)
    .sort((a, b) => b.producers - a.producers)

  const total = num(all.products)
  const producers = num(all.producers)
  const coopSme = num(all.coop_sme_producers)

  // ── trend ─────────────────────────────────────────────────────────────────────────────────
  const trendSeries: Trend[] = months.map((m) => ({
    month: m.key,
    day: m.day,
    total: 0,
    by_stars: { "3": 0, "4": 0, "5": 0 },
    by_state: Object.fromEntries(IN_FORCE_STATES.map((s) => [s, 0])) as Trend["by_state"],
    changes: {},
  }))
  const trendByKey = new Map(trendSeries.map((t) => [t.month, t]))
  for (const r of trend) {
    const t = trendByKey.get(r.key)
    if (!t) continue
    if (r.g === 3) t.total = r.products
    else if (r.g === 1) t.by_stars[String(r.stars) as "3" | "4" | "5"] = r.products
    else if (r.g === 2) t.by_state[r.state as keyof Trend["by_state"]] = r.products
  }
  const periodMonths = (day: string) => day.slice(0, 7) >= period.start.slice(0, 7) && day.slice(0, 7) <= period.end.slice(0, 7)
  const counts: Partial<Record<ChangeKind, number>> = {}
  for (const r of changeCounts) {
    const t = trendByKey.get(r.month)
    if (t) t.changes[r.kind as ChangeKind] = (t.changes[r.kind as ChangeKind] ?? 0) + r.n
    if (periodMonths(`${r.month}-01`)) counts[r.kind as ChangeKind] = (counts[r.kind as ChangeKind] ?? 0) + r.n
  }
  const changeTotal = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0)

  // ── sales ─────────────────────────────────────────────────────────────────────────────────
  const salesRows = (g: number) => sales.filter((r) => r.g === g)
  const salesAll = salesRows(SALES_SETS.all)[0] ?? {}
  const money = (r: any): Money => ({ total: num(r.current), previous: num(r.previous), growth: growthPercent(num(r.current), num(r.previous)) })
  const amountByMonth = new Map<string, number>(salesRows(SALES_SETS.month).map((r) => [r.month, num(r.amount)]))
  const salesMonths = months.length ? months.map((m) => m.key) : [period.start.slice(0, 7)]
  const byMonth = salesMonths.map((month) => {
    const previousMonth = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`
    const current = amountByMonth.get(month) ?? 0
    const previous = amountByMonth.get(previousMonth) ?? 0
    return { month, total: current, previous, growth: growthPercent(current, previous) }
  })
  const channelName = new Map((channels as any[]).map((c) => [c.id, c.name as string]))
  const byChannel = salesRows(SALES_SETS.channel)
    .map((r) => ({
      id: r.sales_channel_id,
      name: r.sales_channel_id ? channelName.get(r.sales_channel_id) ?? r.sales_channel_id : "—",
      online: !!channel.id && r.sales_channel_id === channel.id,
      ...money(r),
    }))
    .filter((c) => c.total || c.previous)
    .sort((a, b) => Number(b.online) - Number(a.online) || b.total - a.total)
  const sectorMoney = new Map<string | null, Money>()
  for (const r of salesRows(SALES_SETS.product_set)) {
    const code = r.product_set ? productSet(r.product_set)?.sector ?? null : null
    const m = money(r)
    const acc = sectorMoney.get(code) ?? { total: 0, previous: 0, growth: null }
    sectorMoney.set(code, { total: acc.total + m.total, previous: acc.previous + m.previous, growth: null })
  }
  const bySalesSector = [...sectorMoney.entries()]
    .map(([code, m]) => {
      const s = SECTORS.find((x) => x.code === code)
      return { code, label: s ? { vi: s.vi, en: s.en } : NO_SECTOR, ...m, growth: growthPercent(m.total, m.previous) }
    })
    .filter((s) => s.total || s.previous)
    .sort((a, b) => b.total - a.total)
  const salesTotal = num(salesAll.current)
  const salesPrevious = num(salesAll.previous)

  // ── targets ───────────────────────────────────────────────────────────────────────────────
  const provinceRows = new Map<string, any>(rows(SNAPSHOT_SETS.province).map((r) => [r.province_code, r]))
  const provinceSales = new Map<string, any>(salesRows(SALES_SETS.province).map((r) => [r.province_code, r]))
  const actualFor = (metric: string, province: string): number | null => {
    const r = provinceRows.get(province) ?? {}
    const s = provinceSales.get(province) ?? {}
    switch (metric) {
      case "certified_products":
        return num(r.products)
      case "certified_products_3_star":
        return num(r.stars3)
      case "certified_products_4_star":
        return num(r.stars4)
      case "certified_products_5_star":
        return num(r.stars5)
      case "producer_coop_sme_share":
        return sharePercent(num(r.coop_sme_producers), num(r.producers))
      case "traceability_share":
        return sharePercent(num(r.qr), num(r.products))
      case "digital_platform_share":
        return sharePercent(num(r.listed), num(r.products))
      case "sales_growth_yoy":
        return growthPercent(num(s.current), num(s.previous))
      default:
        return null
    }
  }
  const targetProgress: TargetProgress[] = (targets as any[]).map((t) => {
    const metric = programmeMetric(t.metric)
    const actual = actualFor(t.metric, t.province_code)
    return {
      id: t.id,
      metric: t.metric,
      unit: metric?.unit ?? "count",
      label: metric ? { vi: metric.vi, en: metric.en } : { vi: t.metric, en: t.metric },
      province_code: t.province_code,
      period_start: t.period_start,
      period_end: t.period_end,
      value: Number(t.value),
      source: t.source ?? null,
      actual,
      progress: actual === null || !Number(t.value) ? null : Math.round((actual / Number(t.value)) * 1000) / 10,
    }
  })

  const items = changeItems.map((r) => ({ ...r, kind: r.kind as ChangeKind })) as ChangeItem[]
  return {
    generated_at: now.toISOString(),
    today,
    as_of: asOf,
    province: provinceCode
      ? { code: provinceCode, name: provinceName(provinceCode) ?? provinceCode, full_name: provinceFullName(provinceCode) ?? provinceCode }
      : null,
    period,
    has_data: total > 0 || changeTotal > 0 || salesTotal > 0 || num(salesAll.orders) > 0,
    certified: { total, by_stars: byStars, by_state: byState },
    by_sector: bySector,
    by_product_set: byProductSet,
    by_province: byProvince,
    by_commune: byCommune,
    producers: { total: producers, coop_sme: coopSme, coop_sme_share: sharePercent(coopSme, producers), by_type: byType },
    expiring: { within_30: num(all.expiring30), within_90: num(all.expiring90), within_180: num(all[`expiring${EXPIRING_SOON_DAYS}`]) },
    online: {
      listed: num(all.listed),
      listed_share: sharePercent(num(all.listed), total),
      qr_labelled: num(all.qr),
      qr_share: sharePercent(num(all.qr), total),
      online_channel: channel,
      definitions: { listed: LISTED_ONLINE_DEFINITION, qr: QR_LABEL_DEFINITION },
    },
    trend: trendSeries,
    changes: {
      counts,
      total: changeTotal,
      items,
      items_truncated: !!changeLimit && items.length >= changeLimit && changeTotal > items.length,
    },
    sales: {
      currency_code: "vnd",
      total: salesTotal,
      previous: salesPrevious,
      growth: growthPercent(salesTotal, salesPrevious),
      orders: num(salesAll.orders),
      by_month: byMonth,
      by_channel: byChannel,
      by_sector: bySalesSector,
    },
    targets: targetProgress,
  }
}
