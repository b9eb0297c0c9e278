import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text, toast, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { Kpi, Panel } from "../../components/dashboard/card"
import {
  ChangesOverTime,
  ProducerTypes,
  ProductSets,
  SalesByMonth,
  Sectors,
  StarsOverTime,
  StatesOverTime,
} from "../../components/dashboard/charts"
import { fmtDate, fmtNumber, fmtPercent, fmtVnd, growthClass } from "../../components/dashboard/format"
import { TargetEditor, TargetProgressList } from "../../components/dashboard/targets"
import { downloadReport, useProgrammeDashboard } from "../../hooks/use-programme"
import { useLang } from "../../hooks/use-lang"
import { EXPIRY_HORIZON_DAYS, PROVINCES, provinceName } from "../../lib/domain"
import { currentLang } from "../../lib/i18n"

const ALL = "__all"
const thisYear = new Date().getFullYear()
const YEARS = Array.from({ length: 8 }, (_, i) => String(thisYear - i))

/** The programme dashboard of the OCOP office: live figures, targets, and periodic reports to download. */
const OcopDashboardPage = () => {
  const lang = currentLang()
  const { t } = useLang()
  const [params, setParams] = useSearchParams()
  const q = {
    province_code: params.get("province_code") ?? "",
    period: params.get("period") ?? "yearly",
    year: params.get("year") ?? String(thisYear),
    month: params.get("month") ?? String(new Date().getMonth() + 1),
    quarter: params.get("quarter") ?? String(Math.floor(new Date().getMonth() / 3) + 1),
  }
  const apiQuery = {
    province_code: q.province_code,
    period: q.period,
    year: q.year,
    month: q.period === "monthly" ? q.month : undefined,
    quarter: q.period === "quarterly" ? q.quarter : undefined,
  }
  const update = (k: string, v: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (v) next.set(k, v)
        else next.delete(k)
        return next
      },
      { replace: true }
    )
  const { data, isLoading, isError, error, isPlaceholderData } = useProgrammeDashboard(apiQuery)
  const [downloading, setDownloading] = useState<string | null>(null)
  const download = async (format: "xlsx" | "pdf") => {
    setDownloading(format)
    try {
      await downloadReport({ ...apiQuery, format })
    } catch (e) {
      toast.error(`${t("dashboard.download.failed")}: ${(e as Error).message}`)
    } finally {
      setDownloading(null)
    }
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="ocop-dashboard">
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <Heading level="h1">{t("dashboard.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("dashboard.subtitle")}
            </Text>
          </div>
          <div className="flex items-center gap-2">
            {(["xlsx", "pdf"] as const).map((format) => (
              <Tooltip key={format} content={q.province_code ? t("dashboard.download.title") : t("dashboard.download.needProvince")}>
                <Button
                  size="small"
                  variant="secondary"
                  disabled={!q.province_code}
                  isLoading={downloading === format}
                  onClick={() => download(format)}
                  data-testid={`ocop-download-${format}`}
                >
                  {t(`dashboard.download.${format}`)}
                </Button>
              </Tooltip>
            ))}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2" data-testid="ocop-dashboard-filters">
          <div className="min-w-[200px]">
            <Select size="small" value={q.province_code || ALL} onValueChange={(v) => update("province_code", v === ALL ? "" : v)}>
              <Select.Trigger aria-label={t("dashboard.filters.province")} data-testid="ocop-dashboard-province">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>{t("dashboard.filters.allProvinces")}</Select.Item>
                {PROVINCES.map((p) => (
                  <Select.Item key={p.code} value={p.code}>
                    {p.vi}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="w-[130px]">
            <Select size="small" value={q.period} onValueChange={(v) => update("period", v)}>
              <Select.Trigger aria-label={t("dashboard.filters.period")} data-testid="ocop-dashboard-period">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {(["monthly", "quarterly", "yearly"] as const).map((k) => (
                  <Select.Item key={k} value={k}>
                    {t(`dashboard.filters.${k}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {q.period === "monthly" && (
            <div className="w-[120px]">
              <Select size="small" value={q.month} onValueChange={(v) => update("month", v)}>
                <Select.Trigger aria-label={t("dashboard.filters.month")}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {Array.from({ length: 12 }, (_, i) => String(i + 1)).map((m) => (
                    <Select.Item key={m} value={m}>
                      {t("dashboard.filters.month")} {m}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          )}
          {q.period === "quarterly" && (
            <div className="w-[110px]">
              <Select size="small" value={q.quarter} onValueChange={(v) => update("quarter", v)}>
                <Select.Trigger aria-label={t("dashboard.filters.quarter")}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {["1", "2", "3", "4"].map((n) => (
                    <Select.Item key={n} value={n}>
                      {t("dashboard.filters.quarter")} {n}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          )}
          <div className="w-[100px]">
            <Select size="small" value={q.year} onValueChange={(v) => update("year", v)}>
              <Select.Trigger aria-label={t("dashboard.filters.year")} data-testid="ocop-dashboard-year">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {YEARS.map((y) => (
                  <Select.Item key={y} value={y}>
                    {y}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {data && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="ocop-dashboard-as-of">
              {t("dashboard.asOf", { date: fmtDate(data.as_of, lang), label: data.period.label[lang] })}
            </Text>
          )}
        </div>
      </Container>

      {isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-2">
          {t("dashboard.loading")}
        </Text>
      )}
      {isError && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error" data-testid="ocop-dashboard-error">
            {t("dashboard.loadError")}: {(error as Error)?.message}
          </Text>
        </Container>
      )}

      {data && (
        <div className={`flex flex-col gap-y-3 ${isPlaceholderData ? "opacity-60 transition-opacity" : ""}`} aria-busy={isPlaceholderData}>
          {!data.has_data && (
            <Container className="px-6 py-4">
              <Text weight="plus" className="text-ui-fg-error" data-testid="ocop-dashboard-no-data">
                {t("dashboard.noData")}
              </Text>
            </Container>
          )}
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-5">
            <Kpi
              label={t("dashboard.kpi.certified")}
              testId="ocop-kpi-certified"
              value={fmtNumber(data.certified.total, lang)}
              sub={`3★ ${data.certified.by_stars["3"]} · 4★ ${data.certified.by_stars["4"]} · 5★ ${data.certified.by_stars["5"]}`}
            />
            <Kpi
              label={t("dashboard.kpi.producers")}
              testId="ocop-kpi-producers"
              value={fmtNumber(data.producers.total, lang)}
              sub={`${t("dashboard.kpi.coopSme")}: ${data.producers.coop_sme} (${fmtPercent(data.producers.coop_sme_share, lang)})`}
            />
            <Kpi
              label={t("dashboard.kpi.listed")}
              testId="ocop-kpi-listed"
              value={fmtPercent(data.online.listed_share, lang)}
              sub={
                <Tooltip content={data.online.definitions.listed[lang]}>
                  <span className="cursor-help underline decoration-dotted">
                    {data.online.listed}/{data.certified.total} · {t("dashboard.definitions")}
                  </span>
                </Tooltip>
              }
            />
            <Kpi
              label={t("dashboard.kpi.qr")}
              testId="ocop-kpi-qr"
              value={fmtPercent(data.online.qr_share, lang)}
              sub={
                <Tooltip content={data.online.definitions.qr[lang]}>
                  <span className="cursor-help underline decoration-dotted" data-testid="ocop-kpi-qr-definition">
                    {data.online.qr_labelled}/{data.certified.total} · {t("dashboard.definitions")}
                  </span>
                </Tooltip>
              }
            />
            <Kpi
              label={t("dashboard.kpi.sales")}
              testId="ocop-kpi-sales"
              value={fmtVnd(data.sales.total)}
              sub={
                <span className={growthClass(data.sales.growth)}>
                  {data.sales.growth === null
                    ? t("dashboard.kpi.noGrowth")
                    : `${data.sales.growth > 0 ? "+" : ""}${fmtPercent(data.sales.growth, lang)} ${t("dashboard.kpi.growth")}`}
                  {" · "}
                  {t("dashboard.kpi.orders", { orders: data.sales.orders })}
                </span>
              }
            />
          </div>
          <Text size="xsmall" className="text-ui-fg-muted px-1" data-testid="ocop-qr-note">
            {data.online.definitions.qr[lang]}
          </Text>

          <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
            <Panel title={t("dashboard.targets.title")} testId="ocop-panel-targets" className="xl:col-span-2">
              <TargetProgressList targets={data.targets} lang={lang} t={t} />
            </Panel>
            <Panel title={t("dashboard.expiring.title")} testId="ocop-panel-expiring">
              <div className="grid grid-cols-3 gap-2">
                {EXPIRY_HORIZON_DAYS.map((n) => (
                  <div key={n} className="bg-ui-bg-subtle rounded-lg px-3 py-3 text-center" data-testid={`ocop-expiring-${n}`}>
                    <div className="text-xl font-semibold tabular-nums">{data.expiring[`within_${n}` as const]}</div>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {t("dashboard.expiring.within", { days: n })}
                    </Text>
                  </div>
                ))}
              </div>
            </Panel>
          </div>

          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <Panel title={t("dashboard.charts.starsOverTime")} testId="ocop-chart-stars">
              <StarsOverTime data={data} lang={lang} t={t} />
            </Panel>
            <Panel title={t("dashboard.charts.statesOverTime")} testId="ocop-chart-states">
              <StatesOverTime data={data} lang={lang} t={t} />
            </Panel>
            <Panel title={t("dashboard.charts.changesOverTime")} testId="ocop-chart-changes">
              <ChangesOverTime data={data} lang={lang} t={t} />
            </Panel>
            <Panel title={t("dashboard.charts.salesByMonth")} testId="ocop-chart-sales">
              <SalesByMonth data={data} lang={lang} t={t} />
            </Panel>
            <Panel title={t("dashboard.charts.bySector")} testId="ocop-chart-sectors">
              <Sectors data={data} lang={lang} t={t} />
            </Panel>
            <Panel title={t("dashboard.charts.producersByType")} testId="ocop-chart-producers">
              <ProducerTypes data={data} lang={lang} t={t} />
            </Panel>
          </div>

          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <Panel title={t("dashboard.charts.byProductSet")} testId="ocop-chart-product-sets">
              <ProductSets data={data} lang={lang} t={t} />
            </Panel>
            <Panel title={q.province_code ? t("dashboard.charts.byCommune") : t("dashboard.charts.byProvince")} testId="ocop-table-places">
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("dashboard.table.name")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("dashboard.table.products")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("dashboard.table.producers")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {(q.province_code
                    ? data.by_commune.map((c) => ({
                        key: c.commune ?? "-",
                        name: c.commune ?? t("dashboard.charts.noCommune"),
                        products: c.products,
                        producers: c.producers,
                      }))
                    : data.by_province.map((p) => ({
                        key: p.province_code ?? "-",
                        name: p.name ?? t("dashboard.charts.noCommune"),
                        products: p.products,
                        producers: p.producers,
                      }))
                  ).map((r) => (
                    <Table.Row key={r.key}>
                      <Table.Cell>{r.name}</Table.Cell>
                      <Table.Cell className="text-right tabular-nums">{r.products}</Table.Cell>
                      <Table.Cell className="text-right tabular-nums">{r.producers}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </Panel>
          </div>

          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            {(
              [
                [
                  t("dashboard.charts.salesByChannel"),
                  data.sales.by_channel.map((c) => ({
                    ...c,
                    key: c.id ?? c.name,
                    name: c.online ? `${c.name} (${t("dashboard.table.online")})` : c.name,
                  })),
                  "ocop-table-channels",
                ],
                [
                  t("dashboard.charts.salesBySector"),
                  data.sales.by_sector.map((s) => ({
                    ...s,
                    key: s.code ?? "-",
                    name: s.code ? `${s.code}. ${s.label[lang]}` : s.label[lang],
                  })),
                  "ocop-table-sales-sectors",
                ],
              ] as const
            ).map(([title, rows, testId]) => (
              <Panel key={testId} title={title} testId={testId}>
                {rows.length ? (
                  <Table>
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell>{t("dashboard.table.name")}</Table.HeaderCell>
                        <Table.HeaderCell className="text-right">{t("dashboard.table.current")}</Table.HeaderCell>
                        <Table.HeaderCell className="text-right">{t("dashboard.table.previous")}</Table.HeaderCell>
                        <Table.HeaderCell className="text-right">{t("dashboard.table.growth")}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {rows.map((r) => (
                        <Table.Row key={r.key}>
                          <Table.Cell className="max-w-[240px] truncate" title={r.name}>
                            {r.name}
                          </Table.Cell>
                          <Table.Cell className="text-right tabular-nums">{fmtVnd(r.total)}</Table.Cell>
                          <Table.Cell className="text-right tabular-nums">{fmtVnd(r.previous)}</Table.Cell>
                          <Table.Cell className={`text-right tabular-nums ${growthClass(r.growth)}`}>
                            {fmtPercent(r.growth, lang)}
                          </Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                ) : (
                  <Text size="small" className="text-ui-fg-muted">
                    {t("dashboard.noData")}
                  </Text>
                )}
              </Panel>
            ))}
          </div>

          <Panel title={t("dashboard.changes.title")} testId="ocop-panel-changes">
            <div className="flex flex-wrap gap-2">
              {Object.entries(data.changes.counts).map(([kind, n]) => (
                <Badge
                  key={kind}
                  size="small"
                  color={
                    kind === "revoked" || kind === "expired" ? "red" : kind === "downgraded" || kind === "suspended" ? "orange" : "green"
                  }
                >
                  {t(`dashboard.changes.kinds.${kind}`, { defaultValue: kind })}: {n}
                </Badge>
              ))}
            </div>
            {data.changes.items.length ? (
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("dashboard.changes.date")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("dashboard.changes.kind")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("dashboard.table.products")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("dashboard.table.producers")}</Table.HeaderCell>
                    <Table.HeaderCell>★</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {data.changes.items.map((c) => (
                    <Table.Row key={`${c.certificate_id}-${c.kind}-${c.day}`}>
                      <Table.Cell className="whitespace-nowrap">{fmtDate(c.day, lang)}</Table.Cell>
                      <Table.Cell>{t(`dashboard.changes.kinds.${c.kind}`, { defaultValue: c.kind })}</Table.Cell>
                      <Table.Cell className="max-w-[260px] truncate" title={c.product_title}>
                        {c.product_title}
                      </Table.Cell>
                      <Table.Cell className="max-w-[220px] truncate" title={c.producer_name ?? ""}>
                        {c.producer_name ?? "—"}
                        {c.province_code && !q.province_code ? ` · ${provinceName(c.province_code) ?? c.province_code}` : ""}
                      </Table.Cell>
                      <Table.Cell className="whitespace-nowrap">
                        {c.stars_before && c.stars_before !== c.stars ? `${c.stars_before}★ → ${c.stars}★` : `${c.stars}★`}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            ) : (
              <Text size="small" className="text-ui-fg-muted">
                {t("dashboard.changes.none")}
              </Text>
            )}
          </Panel>

          <Panel title={t("dashboard.targets.editor")} testId="ocop-panel-target-editor">
            <TargetEditor province={q.province_code} lang={lang} t={t} />
          </Panel>
        </div>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Tổng quan OCOP",
  icon: ChartBar,
})

export default OcopDashboardPage
