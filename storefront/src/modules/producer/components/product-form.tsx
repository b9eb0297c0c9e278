"use client"

import { PRODUCT_SETS, SECTORS } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { saveProduct, type PortalFormState } from "@/lib/data/producer-actions"
import type { PortalProduct } from "@/lib/data/producer"
import { groupThousands, parseVndInput } from "@/lib/producer-portal"
import FormField, { INPUT_CLASS, SECONDARY_BUTTON } from "@/modules/common/components/form-field"
import { FormAlert, SubmitButton, useKeepValuesSubmit } from "./form-bits"
import UploadField from "./upload-field"

type Row = { key: number; id?: string; title: string; sku: string; barcode: string; price: string; pack_size: string; stock: string }

function rowsOf(product?: PortalProduct | null, values?: Record<string, string>): Row[] {
  if (values && Object.keys(values).some((k) => k.startsWith("variants["))) {
    const idx = new Set<number>()
    for (const k of Object.keys(values)) {
      const m = /^variants\[(\d+)\]/.exec(k)
      if (m) idx.add(Number(m[1]))
    }
    return [...idx]
      .sort((a, b) => a - b)
      .map((i) => ({
        key: i,
        id: values[`variants[${i}][id]`] || undefined,
        title: values[`variants[${i}][title]`] ?? "",
        sku: values[`variants[${i}][sku]`] ?? "",
        barcode: values[`variants[${i}][barcode]`] ?? "",
        price: values[`variants[${i}][price]`] ?? "",
        pack_size: values[`variants[${i}][pack_size]`] ?? "",
        stock: values[`variants[${i}][stock]`] ?? "",
      }))
  }
  if (product?.variants?.length) {
    return product.variants.map((v, i) => ({
      key: i,
      id: v.id,
      title: v.title ?? "",
      sku: v.sku ?? "",
      barcode: v.barcode ?? "",
      price: typeof v.price === "number" ? groupThousands(v.price) : "",
      pack_size: v.pack_size ?? "",
      stock: "",
    }))
  }
  return [{ key: 0, title: "", sku: "", barcode: "", price: "", pack_size: "", stock: "" }]
}

/** Digits typed into a price field, regrouped with dots as the producer types ("125000" → "125.000"). */
function regroup(text: string): string {
  const digits = text.replace(/\D/g, "")
  if (!digits) return ""
  return groupThousands(Number(digits.replace(/^0+(?=\d)/, "")))
}

/**
 * Create or edit one product: details, OCOP product set, photos, and its variants (pack sizes)
 * each with SKU, optional GTIN, integer VND price and, when new, opening stock.
 */
export default function ProductForm({ product }: { product?: PortalProduct | null }) {
  const t = useTranslations("producer.products")
  const locale = useLocale() as "vi" | "en"
  const [state, action, pending] = useActionState<PortalFormState, FormData>(saveProduct, {})
  const onSubmit = useKeepValuesSubmit(action)
  const v = state.values ?? {}
  const e = state.errors ?? {}
  const [rows, setRows] = useState<Row[]>(() => rowsOf(product, state.values))
  const [nextKey, setNextKey] = useState(100)
  const editing = !!product
  const value = (k: string, fallback?: string | null) => (k in v ? v[k] : (fallback ?? ""))

  function update(key: number, field: keyof Row, val: string) {
    setRows((prev) => prev.map((r) => (r.key === key ? { ...r, [field]: val } : r)))
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" data-testid="product-form">
      {product && <input type="hidden" name="id" value={product.id} />}
      <FormAlert message={state.message} />

      <fieldset className="space-y-4 rounded-2xl border border-line bg-white p-4 sm:p-5">
        <legend className="px-1 font-display text-lg font-bold text-brand-900">{t("basics")}</legend>
        <FormField id="product-title" label={t("name")} error={e.title} required>
          {(aria) => <input {...aria} name="title" defaultValue={value("title", product?.title)} className={INPUT_CLASS} />}
        </FormField>
        <FormField id="product-subtitle" label={t("subtitle")} error={e.subtitle}>
          {(aria) => <input {...aria} name="subtitle" defaultValue={value("subtitle", product?.subtitle)} className={INPUT_CLASS} />}
        </FormField>
        <FormField id="product-set" label={t("productSet")} error={e.product_set_code} required>
          {(aria) => (
            <select
              {...aria}
              name="product_set_code"
              defaultValue={value("product_set_code", product?.product_set_code != null ? String(product.product_set_code) : "")}
              className={INPUT_CLASS}
            >
              <option value="">{t("chooseProductSet")}</option>
              {SECTORS.map((s) => (
                <optgroup key={s.code} label={`${s.code}. ${s[locale]}`}>
                  {PRODUCT_SETS.filter((p) => p.sector === s.code).map((p) => (
                    <option key={p.code} value={p.code}>
                      {p.code}. {p[locale]}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="product-description" label={t("description")} error={e.description}>
          {(aria) => (
            <textarea
              {...aria}
              name="description"
              rows={4}
              defaultValue={value("description", product?.description)}
              className={INPUT_CLASS}
            />
          )}
        </FormField>
        <UploadField
          name="images"
          label={t("images")}
          hint={t("imagesHint")}
          accept="image/jpeg,image/png,image/webp"
          multiple
          error={e.images ?? e.thumbnail}
          initial={(product?.images ?? []).map((i) => i.url).filter(Boolean)}
          testId="product-images"
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="font-display text-lg font-bold text-brand-900">{t("variantsTitle")}</legend>
        {e.variants && (
          <p className="text-sm font-medium text-status-expired" data-testid="field-error">
            {e.variants}
          </p>
        )}
        {rows.map((r, i) => {
          const err = (f: string) => e[`variants.${i}.${f}`]
          const price = parseVndInput(r.price)
          return (
            <div key={r.key} className="space-y-3 rounded-2xl border border-line bg-white p-4 sm:p-5" data-testid="variant-row">
              {r.id && <input type="hidden" name={`variants[${i}][id]`} value={r.id} />}
              <div className="flex items-center justify-between gap-2">
                <h3 className="font-semibold text-ink">{t("variant", { n: i + 1 })}</h3>
                {rows.length > 1 && !r.id && (
                  <button
                    type="button"
                    onClick={() => setRows((prev) => prev.filter((x) => x.key !== r.key))}
                    className="min-h-11 rounded-full px-3 text-sm font-semibold text-status-expired hover:bg-status-expired/10"
                  >
                    {t("removeVariant", { n: i + 1 })}
                  </button>
                )}
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <FormField id={`v${r.key}-title`} label={t("variantTitle")} hint={t("variantTitleHint")} error={err("title")} required>
                  {(aria) => (
                    <input
                      {...aria}
                      name={`variants[${i}][title]`}
                      value={r.title}
                      onChange={(ev) => update(r.key, "title", ev.target.value)}
                      className={INPUT_CLASS}
                    />
                  )}
                </FormField>
                <FormField id={`v${r.key}-pack`} label={t("packSize")} error={err("pack_size")}>
                  {(aria) => (
                    <input
                      {...aria}
                      name={`variants[${i}][pack_size]`}
                      value={r.pack_size}
                      placeholder="500 ml"
                      onChange={(ev) => update(r.key, "pack_size", ev.target.value)}
                      className={INPUT_CLASS}
                    />
                  )}
                </FormField>
                <FormField id={`v${r.key}-sku`} label={t("sku")} error={err("sku")} required>
                  {(aria) => (
                    <input
                      {...aria}
                      name={`variants[${i}][sku]`}
                      value={r.sku}
                      autoCapitalize="characters"
                      onChange={(ev) => update(r.key, "sku", ev.target.value)}
                      className={INPUT_CLASS}
                    />
                  )}
                </FormField>
                <FormField id={`v${r.key}-barcode`} label={t("barcode")} hint={t("barcodeHint")} error={err("barcode")}>
                  {(aria) => (
                    <input
                      {...aria}
                      name={`variants[${i}][barcode]`}
                      value={r.barcode}
                      inputMode="numeric"
                      onChange={(ev) => update(r.key, "barcode", ev.target.value.replace(/\D/g, ""))}
                      className={INPUT_CLASS}
                    />
                  )}
                </FormField>
                <FormField id={`v${r.key}-price`} label={t("price")} error={err("price")} required>
                  {(aria) => (
                    <div className="relative">
                      <input
                        {...aria}
                        name={`variants[${i}][price]`}
                        value={r.price}
                        inputMode="numeric"
                        placeholder="125.000"
                        onChange={(ev) => update(r.key, "price", regroup(ev.target.value))}
                        className={`${INPUT_CLASS} pr-8`}
                        data-testid="variant-price"
                        data-value={price ?? ""}
                      />
                      <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-muted">
                        ₫
                      </span>
                    </div>
                  )}
                </FormField>
                {!r.id && (
                  <FormField id={`v${r.key}-stock`} label={t("stock")} error={err("stock")}>
                    {(aria) => (
                      <input
                        {...aria}
                        name={`variants[${i}][stock]`}
                        value={r.stock}
                        inputMode="numeric"
                        onChange={(ev) => update(r.key, "stock", ev.target.value.replace(/[^\d]/g, ""))}
                        className={INPUT_CLASS}
                      />
                    )}
                  </FormField>
                )}
              </div>
            </div>
          )
        })}
        <button
          type="button"
          onClick={() => {
            setRows((prev) => [...prev, { key: nextKey, title: "", sku: "", barcode: "", price: "", pack_size: "", stock: "" }])
            setNextKey((k) => k + 1)
          }}
          className={`${SECONDARY_BUTTON} w-full sm:w-auto`}
        >
          + {t("addVariant")}
        </button>
      </fieldset>

      <div className="sticky bottom-16 z-10 -mx-4 border-t border-line bg-paper/95 px-4 py-3 backdrop-blur md:static md:mx-0 md:border-0 md:bg-transparent md:p-0">
        <SubmitButton label={t("save")} pending={t("saving")} testId="product-save" busy={pending} className="w-full sm:w-auto" />
      </div>
      {editing ? null : null}
    </form>
  )
}
