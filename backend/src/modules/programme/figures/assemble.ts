import {
  EXPIRING_SOON_DAYS,
  IN_FORCE_STATES,
  PRODUCER_TYPES,
  PRODUCT_SETS,
  SECTORS,
  growthPercent,
  periodAsOf,
  productSet,
  programmeMetric,
  provinceFullName,
  provinceName,
  sharePercent,
  shiftYears,
  trendMonths,
  vietnamDate,
  type ReportingPeriod,
  type TrendMonth,
} from "@ocop/domain"
import { SALES_SETS, SNAPSHOT_SETS } from "./sql"
import {
  LISTED_ONLINE_DEFINITION,
  QR_LABEL_DEFINITION,
  type ChangeItem,
  type ChangeKind,
  type Money,
  type ProgrammeFigures,
  type TargetProgress,
  type Trend,
} from "./types"

type Label = { vi: string; en: string }

const NO_PRODUCER: Label = { vi: "Chưa gắn chủ thể", en: "No producer" }
const NO_SECTOR: Label = { vi: "Ngoài OCOP / chưa phân loại", en: "Not OCOP / unclassified" }

const num = (v: unknown) => Number(v ?? 0)

/** The days the figures are taken on, for a period seen on `now`. */
export type FiguresWindow = {
  today: string
  /** the period's point-in-time figures are taken on this day */
  asOf: string
  /** the trend's months, each measured on its last day (or today) */
  months: TrendMonth[]
  /** certificate changes are counted from here: the trend's first month or the period's start */
  changesFrom: string
  /** sales are read from a year before changesFrom, for the year-on-year figures */
  salesFrom: string
}

export function figuresWindow(period: ReportingPeriod, now: Date): FiguresWindow {
  const today = vietnamDate(now)
  const months = trendMonths(period, today)
  const windowStart = months.length ? `${months[0].key}-01` : period.start
  const changesFrom = windowStart < period.start ? windowStart : period.start
  return { today, asOf: periodAsOf(period, today), months, changesFrom, salesFrom: shiftYears(changesFrom, -1) }
}

/** The rows the figures' SQL returns: the certificate statement's four JSON arrays and the sales rows. */
export type FiguresRows = {
  certificates: { snapshot: any[]; trend: any[]; change_counts: any[]; change_list: any[] }
  sales: any[]
  targets: Array<{
    id: string
    metric: string
    province_code: string
    period_start: string
    period_end: string
    value: unknown
    source?: string | null
  }>
}

export type FiguresContext = {
  period: ReportingPeriod
  provinceCode: string | null
  /** the newest N changes (dashboard); all of them when omitted (reports) */
  changeLimit?: number
  now: Date
  window: FiguresWindow
  onlineChannel: { id: string | null; name: string }
  salesChannels: Array<{ id: string; name: string }>
}

/** Every figure of the programme dashboard and reports, from the rows of its SQL aggregates. */
export function assembleProgrammeFigures(context: FiguresContext, sqlRows: FiguresRows): ProgrammeFigures {
  const { period, provinceCode, changeLimit, now, window } = context
  const { today, asOf, months } = window
  const channel = context.onlineChannel
  const { certificates, sales, targets } = sqlRows
  const channels = context.salesChannels
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
    .map((r) => ({
      province_code: r.province_code,
      name: r.province_code ? (provinceName(r.province_code) ?? r.province_code) : null,
      products: r.products,
      producers: r.producers,
    }))
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
  const money = (r: any): Money => ({
    total: num(r.current),
    previous: num(r.previous),
    growth: growthPercent(num(r.current), num(r.previous)),
  })
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
      name: r.sales_channel_id ? (channelName.get(r.sales_channel_id) ?? r.sales_channel_id) : "—",
      online: !!channel.id && r.sales_channel_id === channel.id,
      ...money(r),
    }))
    .filter((c) => c.total || c.previous)
    .sort((a, b) => Number(b.online) - Number(a.online) || b.total - a.total)
  const sectorMoney = new Map<string | null, Money>()
  for (const r of salesRows(SALES_SETS.product_set)) {
    const code = r.product_set ? (productSet(r.product_set)?.sector ?? null) : null
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
