import { Button, Input, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import type { TargetProgress } from "../../../modules/programme/figures/types"
import { PROGRAMME_METRICS, programmeMetric } from "../../lib/domain"
import { useDeleteTarget, useProgrammeTargets, useSaveTarget, type ProgrammeTarget } from "../../hooks/use-programme"
import type { TFunction } from "i18next"
import { PROVINCES, provinceName } from "../../lib/domain"
import type { Lang } from "../../lib/i18n"
import { ProgressBar } from "./card"
import { fmtDate, fmtNumber } from "./format"

type Props = { lang: Lang; t: TFunction<"ocop"> }

/** Progress bars: actual against each target of the province. */
export const TargetProgressList = ({ targets, lang, t }: Props & { targets: TargetProgress[] }) => {
  if (!targets.length) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("dashboard.targets.none")}
      </Text>
    )
  }
  const unit = (u: string) => (u === "percent" ? "%" : "")
  return (
    <div className="flex flex-col gap-y-3" data-testid="ocop-dashboard-targets">
      {targets.map((p) => (
        <div
          key={p.id}
          className="grid grid-cols-1 items-center gap-x-4 gap-y-1 md:grid-cols-[minmax(0,5fr)_minmax(0,4fr)_190px]"
          data-testid={`ocop-target-${p.metric}`}
        >
          <div className="min-w-0">
            <Text size="small" weight="plus" className="truncate" title={p.label[lang]}>
              {p.label[lang]}
            </Text>
            <Text size="xsmall" className="text-ui-fg-muted truncate" title={p.source ?? ""}>
              {provinceName(p.province_code) ?? p.province_code} · {t("dashboard.targets.until", { date: fmtDate(p.period_end, lang) })}
            </Text>
          </div>
          <ProgressBar value={p.progress} testId={`ocop-target-${p.metric}-bar`} />
          <Text size="small" className="text-ui-fg-subtle whitespace-nowrap text-right tabular-nums">
            {fmtNumber(p.actual, lang)}
            {unit(p.unit)} / {fmtNumber(p.value, lang)}
            {unit(p.unit)} ·{" "}
            <span className="text-ui-fg-base font-medium">{p.progress === null ? "—" : `${fmtNumber(p.progress, lang)}%`}</span>
          </Text>
        </div>
      ))}
    </div>
  )
}

type Draft = { metric: string; province_code: string; period_start: string; period_end: string; value: string; source: string }

const emptyDraft = (province: string): Draft => ({
  metric: "certified_products",
  province_code: province || "42",
  period_start: `${new Date().getFullYear()}-01-01`,
  period_end: "2030-12-31",
  value: "",
  source: "",
})

/** The office edits targets: metric, province, period and value; the backend validates and answers in Vietnamese. */
export const TargetEditor = ({ province, lang, t }: Props & { province: string }) => {
  const { data } = useProgrammeTargets(province)
  const save = useSaveTarget()
  const remove = useDeleteTarget()
  const prompt = usePrompt()
  const [editing, setEditing] = useState<string | null>(null)
  const [draft, setDraft] = useState<Draft>(emptyDraft(province))

  const startEdit = (target?: ProgrammeTarget) => {
    setEditing(target?.id ?? "new")
    setDraft(target ? { ...target, value: String(target.value), source: target.source ?? "" } : emptyDraft(province))
  }
  const submit = async () => {
    const body = { ...draft, value: Number(draft.value), source: draft.source || null }
    try {
      await save.mutateAsync({ id: editing === "new" ? undefined : (editing ?? undefined), body })
      toast.success(t("dashboard.targets.saved"))
      setEditing(null)
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const del = async (id: string) => {
    if (
      !(await prompt({
        title: t("dashboard.targets.confirmRemove"),
        description: "",
        confirmText: t("dashboard.targets.remove"),
        cancelText: "×",
      }))
    )
      return
    try {
      await remove.mutateAsync(id)
      toast.success(t("dashboard.targets.removed"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const set = (k: keyof Draft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }))

  return (
    <div className="flex flex-col gap-y-3" data-testid="ocop-target-editor">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("dashboard.targets.metric")}</Table.HeaderCell>
            <Table.HeaderCell>{t("dashboard.targets.province")}</Table.HeaderCell>
            <Table.HeaderCell>{t("dashboard.targets.periodStart")}</Table.HeaderCell>
            <Table.HeaderCell>{t("dashboard.targets.periodEnd")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("dashboard.targets.value")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.targets ?? []).map((target) => (
            <Table.Row key={target.id} data-testid={`ocop-target-row-${target.metric}`}>
              <Table.Cell className="max-w-[320px] truncate" title={target.source ?? ""}>
                {programmeMetric(target.metric)?.[lang] ?? target.metric}
              </Table.Cell>
              <Table.Cell>{provinceName(target.province_code) ?? target.province_code}</Table.Cell>
              <Table.Cell>{fmtDate(target.period_start, lang)}</Table.Cell>
              <Table.Cell>{fmtDate(target.period_end, lang)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {fmtNumber(target.value, lang)}
                {programmeMetric(target.metric)?.unit === "percent" ? "%" : ""}
              </Table.Cell>
              <Table.Cell className="text-right whitespace-nowrap">
                <Button size="small" variant="transparent" onClick={() => startEdit(target)}>
                  {t("dashboard.targets.edit")}
                </Button>
                <Button size="small" variant="transparent" onClick={() => del(target.id)}>
                  {t("dashboard.targets.remove")}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {editing ? (
        <div className="grid grid-cols-1 gap-2 md:grid-cols-6" data-testid="ocop-target-form">
          <div className="md:col-span-2">
            <Select size="small" value={draft.metric} onValueChange={set("metric")}>
              <Select.Trigger aria-label={t("dashboard.targets.metric")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {PROGRAMME_METRICS.map((m) => (
                  <Select.Item key={m.code} value={m.code}>
                    {m[lang]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <Select size="small" value={draft.province_code} onValueChange={set("province_code")}>
            <Select.Trigger aria-label={t("dashboard.targets.province")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {PROVINCES.map((p) => (
                <Select.Item key={p.code} value={p.code}>
                  {p.vi}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Input
            size="small"
            type="date"
            aria-label={t("dashboard.targets.periodStart")}
            value={draft.period_start}
            onChange={(e) => set("period_start")(e.target.value)}
          />
          <Input
            size="small"
            type="date"
            aria-label={t("dashboard.targets.periodEnd")}
            value={draft.period_end}
            onChange={(e) => set("period_end")(e.target.value)}
          />
          <Input
            size="small"
            type="number"
            min={0}
            aria-label={t("dashboard.targets.value")}
            placeholder={t("dashboard.targets.value")}
            value={draft.value}
            onChange={(e) => set("value")(e.target.value)}
            data-testid="ocop-target-value"
          />
          <div className="md:col-span-5">
            <Input
              size="small"
              aria-label={t("dashboard.targets.source")}
              placeholder={t("dashboard.targets.source")}
              value={draft.source}
              onChange={(e) => set("source")(e.target.value)}
            />
          </div>
          <div className="flex gap-2">
            <Button size="small" onClick={submit} isLoading={save.isPending} data-testid="ocop-target-save">
              {t("dashboard.targets.save")}
            </Button>
            <Button size="small" variant="secondary" onClick={() => setEditing(null)}>
              ×
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button size="small" variant="secondary" onClick={() => startEdit()} data-testid="ocop-target-add">
            {t("dashboard.targets.add")}
          </Button>
        </div>
      )}
    </div>
  )
}
