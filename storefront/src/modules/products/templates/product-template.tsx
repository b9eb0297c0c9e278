import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import AddToCart from "@/modules/cart/components/add-to-cart"
import Price from "@/modules/common/components/price"
import StarBadge from "@/modules/common/components/star-badge"
import CertificatePanel from "@/modules/products/components/certificate-panel"
import ProducerBlock from "@/modules/products/components/producer-block"
import ProductGallery from "@/modules/products/components/product-gallery"
import RatingHistory from "@/modules/products/components/rating-history"
import VariantList from "@/modules/products/components/variant-list"
import type { OcopProduct } from "@/types/ocop"

export default function ProductTemplate({ product }: { product: OcopProduct }) {
  const t = useTranslations("product")
  const amounts = product.variants
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  const from = amounts.length > 0 ? Math.min(...amounts) : null
  const varies = new Set(amounts).size > 1

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <nav aria-label={t("breadcrumb")} className="mb-4 text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href="/" className="hover:text-brand-700">
              {t("home")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href="/products" className="hover:text-brand-700">
              {t("catalogue")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="line-clamp-1 text-ink">
            {product.title}
          </li>
        </ol>
      </nav>

      <div className="grid gap-6 md:grid-cols-2 md:gap-10">
        <ProductGallery product={product} />

        <div className="space-y-5">
          <div className="space-y-2">
            {product.certificate && <StarBadge stars={product.certificate.stars} />}
            <h1 className="font-display text-2xl font-bold leading-tight text-ink sm:text-3xl">{product.title}</h1>
            {product.subtitle && <p className="text-muted">{product.subtitle}</p>}
            {product.producer && <p className="text-sm text-muted">{product.producer.name}</p>}
            <p className="text-2xl font-bold text-brand-800">
              {varies && <span className="mr-1.5 text-base font-medium text-muted">{t("from")}</span>}
              <Price amount={from} />
            </p>
          </div>
          <VariantList variants={product.variants} />
          <AddToCart product={product} />
          <CertificatePanel certificate={product.certificate} />
        </div>
      </div>

      {product.description && (
        <section aria-labelledby="description-title" className="mt-10 max-w-3xl">
          <h2 id="description-title" className="font-display text-lg font-bold text-brand-900">
            {t("description")}
          </h2>
          <p className="mt-2 whitespace-pre-line leading-relaxed text-ink/90">{product.description}</p>
        </section>
      )}

      <div className="mt-10 grid gap-6 md:grid-cols-2">
        <ProducerBlock producer={product.producer} />
        <RatingHistory history={product.rating_history} />
      </div>
    </div>
  )
}
