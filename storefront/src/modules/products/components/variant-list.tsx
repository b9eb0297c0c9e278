import { useTranslations } from "next-intl"
import type { StockState as State } from "@/lib/browse"
import Price from "@/modules/common/components/price"
import type { StoreVariant } from "@ocop/contract"
import StockState from "./stock-state"

type Props = {
  variants: StoreVariant[]
  /** Stock per variant id, when the backend told us. */
  stock?: Record<string, State>
}

export default function VariantList({ variants, stock }: Props) {
  const t = useTranslations("product.variants")
  if (variants.length === 0) return null
  return (
    <section aria-labelledby="variants-title">
      <h2 id="variants-title" className="text-sm font-semibold uppercase tracking-wide text-muted">
        {t("title")}
      </h2>
      <ul data-testid="variant-list" className="mt-2 divide-y divide-line rounded-xl bg-white ring-1 ring-line">
        {variants.map((v) => (
          <li key={v.id} data-testid="variant" className="flex items-center justify-between gap-4 px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium text-ink">{v.title}</p>
              {v.sku && <p className="truncate text-xs text-muted">{t("sku", { sku: v.sku })}</p>}
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1">
              <Price amount={v.calculated_price?.calculated_amount} className="font-bold text-brand-800" />
              {stock?.[v.id] && <StockState state={stock[v.id]} />}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
