"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { submitCertificate, type PortalFormState } from "@/lib/data/producer-actions"
import FormField, { INPUT_CLASS } from "@/modules/common/components/form-field"
import { FormAlert, SubmitButton, useKeepValuesSubmit } from "./form-bits"
import UploadField from "./upload-field"

/** A producer sends the recognition decision of one of its products; the office verifies it. */
export default function CertificateForm({ products, productId }: { products: { id: string; title: string }[]; productId?: string }) {
  const t = useTranslations("producer.certificates")
  const [state, action, pending] = useActionState<PortalFormState, FormData>(submitCertificate, {})
  const onSubmit = useKeepValuesSubmit(action)
  const v = state.values ?? {}
  const e = state.errors ?? {}
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-2xl border border-line bg-white p-4 sm:p-5"
      data-testid="certificate-form"
    >
      <FormAlert message={state.message} />
      <FormField id="cert-product" label={t("product")} error={e.product_id} required>
        {(aria) => (
          <select {...aria} name="product_id" defaultValue={v.product_id ?? productId ?? ""} className={INPUT_CLASS}>
            <option value="">{t("chooseProduct")}</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="cert-number" label={t("decisionNumber")} hint={t("decisionNumberHint")} error={e.decision_number} required>
          {(aria) => <input {...aria} name="decision_number" defaultValue={v.decision_number} className={INPUT_CLASS} />}
        </FormField>
        <FormField id="cert-date" label={t("decisionDate")} error={e.decision_date} required>
          {(aria) => <input {...aria} name="decision_date" type="date" defaultValue={v.decision_date} className={INPUT_CLASS} />}
        </FormField>
      </div>
      <FormField id="cert-issuer" label={t("issuer")} hint={t("issuerHint")} error={e.issuer} required>
        {(aria) => <input {...aria} name="issuer" defaultValue={v.issuer} placeholder="UBND tỉnh Hà Tĩnh" className={INPUT_CLASS} />}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="cert-stars" label={t("stars")} error={e.stars} required>
          {(aria) => (
            <select {...aria} name="stars" defaultValue={v.stars ?? ""} className={INPUT_CLASS}>
              <option value="">{t("chooseStars")}</option>
              {[3, 4, 5].map((s) => (
                <option key={s} value={s}>
                  {t("starsOption", { stars: s })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="cert-score" label={t("score")} error={e.score}>
          {(aria) => <input {...aria} name="score" inputMode="decimal" defaultValue={v.score} className={INPUT_CLASS} />}
        </FormField>
      </div>
      <FormField id="cert-valid-until" label={t("validUntil")} hint={t("validUntilHint")} error={e.valid_until}>
        {(aria) => <input {...aria} name="valid_until" type="date" defaultValue={v.valid_until} className={INPUT_CLASS} />}
      </FormField>
      <UploadField
        name="scan_url"
        label={t("scan")}
        hint={t("scanHint")}
        accept="application/pdf,image/jpeg,image/png,image/webp"
        purpose="certificate_scan"
        error={e.scan_url}
        initial={v.scan_url ? [v.scan_url] : []}
        required
        testId="certificate-scan"
      />
      <SubmitButton label={t("send")} pending={t("sending")} testId="certificate-submit" busy={pending} className="w-full sm:w-auto" />
    </form>
  )
}
