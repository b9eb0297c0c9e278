import { useTranslations } from "next-intl"
import Pagination from "@/modules/products/components/pagination"
import ProductGrid from "@/modules/products/components/product-grid"
import type { OcopProduct } from "@/types/ocop"

type Props = {
  products: OcopProduct[]
  count: number
  page: number
  totalPages: number
}

export default function CatalogueTemplate({ products, count, page, totalPages }: Props) {
  const t = useTranslations("catalogue")
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <header className="mb-6 flex flex-col gap-1 sm:mb-8 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
          <p className="mt-1 text-sm text-muted">{t("subtitle")}</p>
        </div>
        <p data-testid="catalogue-count" className="text-sm font-medium text-muted">
          {t("count", { count })}
        </p>
      </header>
      {products.length === 0 ? (
        <p className="rounded-2xl bg-white p-8 text-center text-muted ring-1 ring-line">{t("empty")}</p>
      ) : (
        <ProductGrid products={products} />
      )}
      <Pagination page={page} totalPages={totalPages} pathname="/products" />
    </div>
  )
}
