"use client"

import { communeFullName, communesOf, PRODUCER_TYPES, PROVINCES, provinceFullName } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { submitOnboarding, updateProfile, type PortalFormState } from "@/lib/data/producer-actions"
import type { PortalProducer } from "@/lib/data/producer"
import FormField, { INPUT_CLASS } from "@/modules/common/components/form-field"
import { FormAlert, SubmitButton, useKeepValuesSubmit } from "./form-bits"
import UploadField from "./upload-field"

const BY_NAME = [...PROVINCES].sort((a, b) => a.vi.localeCompare(b.vi, "vi"))

/** Values of an existing profile as the form's fields (the commune name back to its code where a list exists). */
function initialValues(p?: PortalProducer | null): Record<string, string> {
  if (!p) return {}
  const list = communesOf(p.province_code)
  const commune = list?.find((c) => communeFullName(c) === p.commune || c.vi === p.commune)
  return {
    name: p.name ?? "",
    type: p.type ?? "",
    tax_code: p.tax_code ?? "",
    business_registration_number: p.business_registration_number ?? "",
    province_code: p.province_code ?? "",
    commune_code: commune?.code ?? "",
    commune: commune ? "" : (p.commune ?? ""),
    address: p.address ?? "",
    phone: p.phone ?? "",
    email: p.email ?? "",
    story: p.story ?? "",
    logo_url: p.logo_url ?? "",
  }
}

/**
 * The producer profile: onboarding (first time, sent for the office's approval) or editing.
 * Phone-first: one column, native selects, the commune from the official list for Hà Tĩnh and
 * Quảng Trị and free text elsewhere.
 */
export default function ProfileForm({ mode, producer }: { mode: "onboarding" | "edit"; producer?: PortalProducer | null }) {
  const t = useTranslations("producer.onboarding")
  const locale = useLocale() as "vi" | "en"
  const [state, action, pending] = useActionState<PortalFormState, FormData>(mode === "onboarding" ? submitOnboarding : updateProfile, {
    values: initialValues(producer),
  })
  const onSubmit = useKeepValuesSubmit(action)
  const v = state.values ?? {}
  const e = state.errors ?? {}
  const [province, setProvince] = useState(v.province_code ?? "")
  const communes = province ? communesOf(province) : undefined

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" data-testid="producer-profile-form">
      <FormAlert message={state.message} />
      <FormAlert message={state.done && !state.message ? t("saved") : undefined} tone="success" testId="form-success" />

      <fieldset className="space-y-4">
        <legend className="mb-2 font-display text-lg font-bold text-brand-900">{t("legal")}</legend>
        <FormField id="pf-name" label={t("name")} hint={t("nameHint")} error={e.name} required>
          {(aria) => <input {...aria} name="name" autoComplete="organization" defaultValue={v.name} className={INPUT_CLASS} />}
        </FormField>
        <FormField id="pf-type" label={t("type")} error={e.type} required>
          {(aria) => (
            <select {...aria} name="type" defaultValue={v.type ?? ""} className={INPUT_CLASS}>
              <option value="">{t("chooseType")}</option>
              {PRODUCER_TYPES.map((p) => (
                <option key={p.code} value={p.code}>
                  {p[locale]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="pf-tax" label={t("taxCode")} hint={t("taxCodeHint")} error={e.tax_code}>
          {(aria) => <input {...aria} name="tax_code" inputMode="numeric" defaultValue={v.tax_code} className={INPUT_CLASS} />}
        </FormField>
        <FormField id="pf-brn" label={t("brn")} error={e.business_registration_number}>
          {(aria) => (
            <input {...aria} name="business_registration_number" defaultValue={v.business_registration_number} className={INPUT_CLASS} />
          )}
        </FormField>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 font-display text-lg font-bold text-brand-900">{t("contact")}</legend>
        <FormField id="pf-province" label={t("province")} error={e.province_code} required>
          {(aria) => (
            <select
              {...aria}
              name="province_code"
              autoComplete="address-level1"
              value={province}
              onChange={(ev) => setProvince(ev.target.value)}
              className={INPUT_CLASS}
            >
              <option value="">{t("chooseProvince")}</option>
              {BY_NAME.map((p) => (
                <option key={p.code} value={p.code}>
                  {provinceFullName(p.code)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {communes ? (
          <FormField id="pf-commune" label={t("commune")} error={e.commune_code ?? e.commune} required>
            {(aria) => (
              <select
                {...aria}
                key={province}
                name="commune_code"
                autoComplete="address-level2"
                defaultValue={v.province_code === province ? v.commune_code : ""}
                className={INPUT_CLASS}
              >
                <option value="">{t("chooseCommune")}</option>
                {[...communes]
                  .sort((a, b) => a.vi.localeCompare(b.vi, "vi"))
                  .map((c) => (
                    <option key={c.code} value={c.code}>
                      {communeFullName(c)}
                    </option>
                  ))}
              </select>
            )}
          </FormField>
        ) : (
          <FormField id="pf-commune-text" label={t("communeText")} error={e.commune}>
            {(aria) => (
              <input
                {...aria}
                key={province}
                name="commune"
                autoComplete="address-level2"
                defaultValue={v.commune}
                className={INPUT_CLASS}
              />
            )}
          </FormField>
        )}
        <FormField id="pf-address" label={t("address")} error={e.address} required>
          {(aria) => <input {...aria} name="address" autoComplete="street-address" defaultValue={v.address} className={INPUT_CLASS} />}
        </FormField>
        <FormField id="pf-phone" label={t("phone")} hint={t("phoneHint")} error={e.phone} required>
          {(aria) => (
            <input
              {...aria}
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              placeholder="0912 345 678"
              defaultValue={v.phone}
              className={INPUT_CLASS}
            />
          )}
        </FormField>
        <FormField id="pf-email" label={t("email")} error={e.email}>
          {(aria) => <input {...aria} name="email" type="email" autoComplete="email" defaultValue={v.email} className={INPUT_CLASS} />}
        </FormField>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 font-display text-lg font-bold text-brand-900">{t("about")}</legend>
        <FormField id="pf-story" label={t("story")} hint={t("storyHint")} error={e.story}>
          {(aria) => <textarea {...aria} name="story" rows={4} defaultValue={v.story} className={INPUT_CLASS} />}
        </FormField>
        <UploadField
          name="logo_url"
          label={t("logo")}
          accept="image/jpeg,image/png,image/webp"
          initial={v.logo_url ? [v.logo_url] : []}
          error={e.logo_url}
        />
      </fieldset>

      <SubmitButton
        label={mode === "onboarding" ? t("submit") : t("save")}
        pending={t("pending")}
        testId="producer-profile-submit"
        busy={pending}
        className="w-full sm:w-auto"
      />
    </form>
  )
}
