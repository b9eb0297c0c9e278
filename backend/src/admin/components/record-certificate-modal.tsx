import { Button, Checkbox, FocusModal, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useRecordCertificate } from "../hooks/use-certificates"
import { useLang } from "../hooks/use-lang"
import {
  CERTIFIED_STARS,
  PRODUCT_SETS,
  SECTORS,
  SUPERSEDE_REASONS,
  SUPERSEDE_REASON_LABELS,
  starBandForScore,
  validUntil,
} from "../lib/domain"
import { formatDate } from "../lib/format"
import type { ProductCertificate, RecordCertificateBody } from "../lib/types"
import { FormRow } from "./form-row"

type Props = { productId: string; live: ProductCertificate | null }

type Form = {
  decision_number: string
  issuer: string
  stars: string
  score: string
  product_set: string
  issued_at: string
  valid_until: string
  status: "valid" | "pending_review"
  document_url: string
  supersede: boolean
  supersede_reason: string
}

/** Records an issued decision; with a live certificate it is the new evaluation that supersedes it. */
export const RecordCertificateModal = ({ productId, live }: Props) => {
  const { lang, t } = useLang()
  const mutation = useRecordCertificate()
  const canSupersede = !!live && live.allowed_transitions.includes("superseded")
  const initial = (): Form => ({
    decision_number: "",
    issuer: "",
    stars: live ? String(live.stars) : "",
    score: "",
    product_set: live ? String(live.product_set) : "",
    issued_at: "",
    valid_until: "",
    status: "valid",
    document_url: "",
    supersede: canSupersede,
    supersede_reason: "renewed",
  })
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<Form>(initial)
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({})
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }))
    setErrors((e) => ({ ...e, [key]: undefined }))
  }

  const openModal = (next: boolean) => {
    if (next) {
      setForm(initial())
      setErrors({})
    }
    setOpen(next)
  }

  const submit = async () => {
    const e: Partial<Record<keyof Form, string>> = {}
    for (const k of ["decision_number", "issuer", "stars", "product_set", "issued_at"] as const) {
      if (!form[k].trim()) e[k] = t("record.required")
    }
    const score = form.score.trim() ? Number(form.score) : undefined
    if (score !== undefined && form.stars && Number(form.stars) > starBandForScore(score)) e.stars = t("record.starsAboveBand")
    setErrors(e)
    if (Object.keys(e).length) return
    const body: RecordCertificateBody = {
      product_id: productId,
      decision_number: form.decision_number.trim(),
      issuer: form.issuer.trim(),
      stars: Number(form.stars),
      product_set: Number(form.product_set),
      issued_at: form.issued_at,
      status: form.status,
      ...(score !== undefined ? { score } : {}),
      ...(form.valid_until ? { valid_until: form.valid_until } : {}),
      ...(form.document_url.trim() ? { document_url: form.document_url.trim() } : {}),
      ...(canSupersede && form.supersede && live ? { supersedes: { certificate_id: live.id, reason: form.supersede_reason } } : {}),
    }
    try {
      await mutation.mutateAsync(body)
      toast.success(t("record.done"))
      setOpen(false)
    } catch (err) {
      toast.error(t("common.requestFailed"), { description: (err as Error).message })
    }
  }

  const starsHint = form.stars === "5" ? t("record.issuerHint5") : form.stars ? t("record.issuerHint34") : undefined

  return (
    <FocusModal open={open} onOpenChange={openModal}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="ocop-record-certificate">
          {canSupersede ? t("widget.recordEvaluation") : t("widget.recordCertificate")}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content data-testid="ocop-record-dialog">
        <FocusModal.Header>
          <div className="flex w-full items-center justify-end gap-x-2">
            <FocusModal.Close asChild>
              <Button size="small" variant="secondary">
                {t("common.cancel")}
              </Button>
            </FocusModal.Close>
            <Button size="small" onClick={submit} isLoading={mutation.isPending} data-testid="ocop-record-submit">
              {t("record.submit")}
            </Button>
          </div>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-12">
          <div className="flex w-full max-w-[720px] flex-col gap-y-6 px-4">
            <div>
              <FocusModal.Title asChild>
                <Heading>{t("record.title")}</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle mt-1">
                  {t("record.intro")}
                </Text>
              </FocusModal.Description>
            </div>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <FormRow id="ocop-record-decision" label={t("common.decision")} error={errors.decision_number}>
                <Input
                  id="ocop-record-decision"
                  data-testid="ocop-record-decision"
                  placeholder={t("record.decisionPlaceholder")}
                  value={form.decision_number}
                  onChange={(e) => set("decision_number", e.target.value)}
                />
              </FormRow>
              <FormRow id="ocop-record-issuer" label={t("common.issuer")} hint={starsHint} error={errors.issuer}>
                <Input
                  id="ocop-record-issuer"
                  data-testid="ocop-record-issuer"
                  placeholder={t("record.issuerPlaceholder")}
                  value={form.issuer}
                  onChange={(e) => set("issuer", e.target.value)}
                />
              </FormRow>
              <FormRow id="ocop-record-stars" label={t("common.stars")} error={errors.stars}>
                <Select value={form.stars} onValueChange={(v) => set("stars", v)}>
                  <Select.Trigger id="ocop-record-stars" data-testid="ocop-record-stars">
                    <Select.Value placeholder="★" />
                  </Select.Trigger>
                  <Select.Content>
                    {CERTIFIED_STARS.map((s) => (
                      <Select.Item key={s} value={String(s)} data-testid={`ocop-record-stars-${s}`}>
                        {"★".repeat(s)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </FormRow>
              <FormRow id="ocop-record-score" label={t("common.score")} hint={t("record.scoreHint")}>
                <Input
                  id="ocop-record-score"
                  data-testid="ocop-record-score"
                  type="number"
                  min={0}
                  max={100}
                  step="0.01"
                  value={form.score}
                  onChange={(e) => set("score", e.target.value)}
                />
              </FormRow>
              <div className="md:col-span-2">
                <FormRow id="ocop-record-product-set" label={t("common.productSet")} error={errors.product_set}>
                  <Select value={form.product_set} onValueChange={(v) => set("product_set", v)}>
                    <Select.Trigger
                      id="ocop-record-product-set"
                      data-testid="ocop-record-product-set"
                      className="[&>span]:truncate [&>span]:text-left"
                    >
                      <Select.Value placeholder="1–26" />
                    </Select.Trigger>
                    <Select.Content>
                      {SECTORS.map((sec) => (
                        <Select.Group key={sec.code}>
                          <Select.Label>
                            {sec.code}. {sec[lang]}
                          </Select.Label>
                          {PRODUCT_SETS.filter((p) => p.sector === sec.code).map((p) => (
                            <Select.Item key={p.code} value={String(p.code)}>
                              {p.code}. {p[lang]}
                            </Select.Item>
                          ))}
                        </Select.Group>
                      ))}
                    </Select.Content>
                  </Select>
                </FormRow>
              </div>
              <FormRow id="ocop-record-issued-at" label={t("common.issuedAt")} error={errors.issued_at}>
                <Input
                  id="ocop-record-issued-at"
                  data-testid="ocop-record-issued-at"
                  type="date"
                  value={form.issued_at}
                  onChange={(e) => set("issued_at", e.target.value)}
                />
              </FormRow>
              <FormRow
                id="ocop-record-valid-until"
                label={t("common.validUntil")}
                hint={form.issued_at ? t("record.validUntilHint", { date: formatDate(validUntil(form.issued_at), lang) }) : undefined}
              >
                <Input
                  id="ocop-record-valid-until"
                  data-testid="ocop-record-valid-until"
                  type="date"
                  value={form.valid_until}
                  onChange={(e) => set("valid_until", e.target.value)}
                />
              </FormRow>
              <FormRow id="ocop-record-status" label={t("record.status")}>
                <Select value={form.status} onValueChange={(v) => set("status", v as Form["status"])}>
                  <Select.Trigger id="ocop-record-status" data-testid="ocop-record-status">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="valid">{t("record.statusValid")}</Select.Item>
                    <Select.Item value="pending_review">{t("record.statusPending")}</Select.Item>
                  </Select.Content>
                </Select>
              </FormRow>
              <FormRow id="ocop-record-document" label={t("actions.documentUrl")}>
                <Input
                  id="ocop-record-document"
                  data-testid="ocop-record-document"
                  type="url"
                  placeholder="https://"
                  value={form.document_url}
                  onChange={(e) => set("document_url", e.target.value)}
                />
              </FormRow>
            </div>
            {canSupersede && live && (
              <div className="bg-ui-bg-subtle flex flex-col gap-y-3 rounded-lg border p-4">
                <div className="flex items-center gap-x-2">
                  <Checkbox
                    id="ocop-record-supersede"
                    data-testid="ocop-record-supersede"
                    checked={form.supersede}
                    onCheckedChange={(v) => set("supersede", v === true)}
                  />
                  <Label htmlFor="ocop-record-supersede" size="small" weight="plus">
                    {t("record.supersedes")}: {live.decision_number} ({"★".repeat(live.stars)})
                  </Label>
                </div>
                {form.supersede && (
                  <FormRow id="ocop-record-supersede-reason" label={t("record.supersedeReason")}>
                    <Select value={form.supersede_reason} onValueChange={(v) => set("supersede_reason", v)}>
                      <Select.Trigger id="ocop-record-supersede-reason" data-testid="ocop-record-supersede-reason">
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        {SUPERSEDE_REASONS.map((r) => (
                          <Select.Item key={r} value={r}>
                            {SUPERSEDE_REASON_LABELS[r][lang]}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                  </FormRow>
                )}
              </div>
            )}
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}
