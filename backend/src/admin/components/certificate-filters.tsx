import { Button, Select } from "@medusajs/ui"
import { useLang } from "../hooks/use-lang"
import { CERTIFIED_STARS, PRODUCER_TYPES, PRODUCT_SETS, PROVINCES } from "../lib/domain"
import type { FilterKey } from "../lib/office-tabs"

type Props = {
  values: Record<FilterKey, string>
  onChange: (key: FilterKey, value: string) => void
  onClear: () => void
}

const ALL = "__all"

/** Province, product set, stars and producer type; "" means no filter. */
export const CertificateFilters = ({ values, onChange, onClear }: Props) => {
  const { lang, t } = useLang()
  const filters: { key: FilterKey; label: string; options: { value: string; label: string }[] }[] = [
    { key: "province_code", label: t("common.province"), options: PROVINCES.map((p) => ({ value: p.code, label: p.vi })) },
    {
      key: "product_set",
      label: t("common.productSet"),
      options: PRODUCT_SETS.map((p) => ({ value: String(p.code), label: `${p.code}. ${p[lang]}` })),
    },
    { key: "stars", label: t("common.stars"), options: CERTIFIED_STARS.map((s) => ({ value: String(s), label: "★".repeat(s) })) },
    { key: "producer_type", label: t("common.producerType"), options: PRODUCER_TYPES.map((p) => ({ value: p.code, label: p[lang] })) },
  ]
  const any = Object.values(values).some(Boolean)

  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4" data-testid="ocop-filters">
      {filters.map((f) => (
        <div key={f.key} className="w-full sm:w-auto sm:min-w-[180px] sm:max-w-[260px]">
          <Select size="small" value={values[f.key] || ALL} onValueChange={(v) => onChange(f.key, v === ALL ? "" : v)}>
            <Select.Trigger data-testid={`ocop-filter-${f.key}`} aria-label={f.label} className="[&>span]:truncate [&>span]:text-left">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>
                {f.label}: {t("common.all")}
              </Select.Item>
              {f.options.map((o) => (
                <Select.Item key={o.value} value={o.value}>
                  {o.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      ))}
      {any && (
        <Button size="small" variant="transparent" onClick={onClear} data-testid="ocop-clear-filters">
          {t("page.clearFilters")}
        </Button>
      )}
    </div>
  )
}
