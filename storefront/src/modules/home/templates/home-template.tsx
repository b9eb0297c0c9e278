import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import AboutOcop from "@/modules/home/components/about-ocop"
import Hero from "@/modules/home/components/hero"
import ProductGrid from "@/modules/products/components/product-grid"
import type { OcopProduct } from "@/types/ocop"

type Props = {
  products: OcopProduct[]
  count: number
}

export default function HomeTemplate({ products, count }: Props) {
  const t = useTranslations("home.featured")
  const tc = useTranslations("catalogue")
  return (
    <>
      <Hero />
      <AboutOcop />
      <section aria-labelledby="featured-title" className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
        <div className="mb-6 flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h2 id="featured-title" className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">
              {t("title")}
            </h2>
            <p className="mt-1 text-sm text-muted">{t("subtitle")}</p>
          </div>
          {count > products.length && (
            <Link href="/products" className="hidden text-sm font-semibold text-brand-700 hover:underline sm:inline">
              {t("viewAll")} →
            </Link>
          )}
        </div>
        {products.length === 0 ? (
          <p className="rounded-2xl bg-white p-8 text-center text-muted ring-1 ring-line">{tc("empty")}</p>
        ) : (
          <ProductGrid products={products} />
        )}
        {count > products.length && (
          <div className="mt-8 text-center">
            <Link
              href="/products"
              className="inline-flex items-center rounded-full bg-brand-700 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-800"
            >
              {t("viewAll")}
            </Link>
          </div>
        )}
      </section>
    </>
  )
}
