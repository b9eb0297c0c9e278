import { useTranslations } from "next-intl"
import Price from "@/modules/common/components/price"
import type { OcopVariant } from "@/types/ocop"

export default function VariantList({ variants }: { variants: OcopVariant[] }) {
  const t = useTranslations("product.variants")
  if (variants.length === 0) return null
  return (
    <section aria-labelledby="variants-title">
      <h2 id="variants-title" className="text-sm font-semibold uppercase tracking-wide text-muted">
        {t("title")}
      </h2>
      <ul data-testid="variant-list" className="mt-2 divide-y divide-line rounded-xl bg-white ring-1 ring-line">
        {variants.map((v) => (
          <li key={v.id} className="flex items-center justify-between gap-4 px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium text-ink">{v.title}</p>
              {v.sku && <p className="truncate text-xs text-muted">{t("sku", { sku: v.sku })}</p>}
            </div>
            <Price amount={v.calculated_price?.calculated_amount} className="shrink-0 font-bold text-brand-800" />
          </li>
        ))}
      </ul>
    </section>
  )
}
