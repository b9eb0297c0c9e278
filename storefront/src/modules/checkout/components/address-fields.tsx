"use client"

import { communeFullName, communesOf, PROVINCES, provinceFullName } from "@ocop/domain"
import { useTranslations } from "next-intl"
import { useState } from "react"
import FormField, { INPUT_CLASS } from "@/modules/common/components/form-field"

type Props = {
  /** Prefix of the element ids, so two address forms can share a page. */
  idPrefix: string
  values?: Record<string, string>
  /** Field → key under `checkout.errors`. */
  errors?: Partial<Record<string, string>>
}

const BY_NAME = [...PROVINCES].sort((a, b) => a.vi.localeCompare(b.vi, "vi"))

/**
 * Vietnamese delivery address since 1/7/2025: name, mobile phone, street, one of the 34
 * provinces and, for Hà Tĩnh and Quảng Trị, the commune or ward from the official list
 * (free text for other provinces).
 */
export default function AddressFields({ idPrefix, values = {}, errors = {} }: Props) {
  const t = useTranslations("checkout.address")
  const te = useTranslations("checkout.errors")
  const [province, setProvince] = useState(values.province_code ?? "")
  const communes = province ? communesOf(province) : undefined
  const err = (field: string) => (errors[field] ? te(errors[field] as Parameters<typeof te>[0]) : undefined)

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField id={`${idPrefix}-full-name`} label={t("fullName")} error={err("full_name")} required>
        {(aria) => <input {...aria} name="full_name" autoComplete="name" defaultValue={values.full_name} className={INPUT_CLASS} />}
      </FormField>
      <FormField id={`${idPrefix}-phone`} label={t("phone")} hint={t("phoneHint")} error={err("phone")} required>
        {(aria) => (
          <input
            {...aria}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            defaultValue={values.phone}
            placeholder="0901 234 567"
            className={INPUT_CLASS}
          />
        )}
      </FormField>
      <FormField id={`${idPrefix}-province`} label={t("province")} error={err("province_code")} required>
        {(aria) => (
          <select
            {...aria}
            name="province_code"
            autoComplete="address-level1"
            value={province}
            onChange={(e) => setProvince(e.target.value)}
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
        <FormField id={`${idPrefix}-commune`} label={t("commune")} error={err("commune_code")} required>
          {(aria) => (
            <select
              {...aria}
              key={province}
              name="commune_code"
              autoComplete="address-level2"
              defaultValue={values.province_code === province ? values.commune_code : ""}
              className={INPUT_CLASS}
            >
              <option value="">{t("chooseCommune")}</option>
              {communes.map((c) => (
                <option key={c.code} value={c.code}>
                  {communeFullName(c)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : (
        <FormField id={`${idPrefix}-commune-text`} label={t("commune")} hint={t("communeTextHint")} error={err("commune_text")} required>
          {(aria) => (
            <input {...aria} name="commune_text" autoComplete="address-level2" defaultValue={values.commune_text} className={INPUT_CLASS} />
          )}
        </FormField>
      )}
      <div className="sm:col-span-2">
        <FormField id={`${idPrefix}-address-1`} label={t("address1")} hint={t("address1Hint")} error={err("address_1")} required>
          {(aria) => (
            <input {...aria} name="address_1" autoComplete="street-address" defaultValue={values.address_1} className={INPUT_CLASS} />
          )}
        </FormField>
      </div>
    </div>
  )
}
